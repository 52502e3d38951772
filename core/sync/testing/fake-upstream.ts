import type { EngineDeps } from '../paging-engine.ts';
import { fetchOrdersPage } from '../../orders/orders-page.ts';

export type FakeRequest = { page: number; limit: number };

type Override = (request: FakeRequest, index: number) => Response | undefined;

export type FakeUpstreamOptions = {
  count: number;
  maxPageSize?: number;
  /** Requests allowed per window before 429 (`Retry-After` in seconds), like the vendor's plans. */
  ratePerWindow?: number;
  windowMs?: number;
  /** Called before each request is answered; may return a response of its own (a fault). */
  override?: Override;
  /** Called before each request is answered, e.g. to insert live orders. */
  beforeAnswer?: (request: FakeRequest, index: number) => void;
  newestFirst?: boolean;
  /** Pages past the end answer the last page again (some APIs clamp `page`), instead of an empty list. */
  clampPages?: boolean;
};

const BASE = Date.parse('2026-04-08T09:00:00Z');

export function rawOrder(n: number, status = 'paid') {
  return {
    id: `order-${n}`,
    order_number: n,
    order_status: status,
    subtotal: 1000 * n,
    discount: 0,
    shipping_fee: 0,
    grand_total: 1000 * n,
    created_at: new Date(BASE + n * 60_000).toISOString(),
  };
}

/** An in-memory Orders API answering `fetch`, with a virtual clock: tests of the paging engine run instantly. */
export class FakeUpstream {
  orders: ReturnType<typeof rawOrder>[];
  readonly requests: FakeRequest[] = [];
  readonly sleeps: number[] = [];
  clock = Date.now();
  #top: number;
  #windowStart = this.clock;
  #used = 0;

  constructor(readonly options: FakeUpstreamOptions) {
    this.#top = options.count;
    const list = Array.from({ length: options.count }, (_, i) => rawOrder(options.count - i));
    this.orders = options.newestFirst === false ? list.reverse() : list;
  }

  /** New orders arrive at the front (newest first), shifting every later offset by one, or at the end. */
  insert(n = 1): void {
    for (let i = 0; i < n; i++) {
      const order = rawOrder(++this.#top);
      if (this.options.newestFirst === false) this.orders.push(order);
      else this.orders.unshift(order);
    }
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const request = {
      page: Number(url.searchParams.get('page')),
      limit: Number(url.searchParams.get('limit')),
    };
    const index = this.requests.push(request) - 1;
    await Promise.resolve();
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const fault = this.options.override?.(request, index);
    if (fault) return fault;
    this.options.beforeAnswer?.(request, index);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-upstream-id': 'fake-1' };
    if (this.options.ratePerWindow !== undefined) {
      const windowMs = this.options.windowMs ?? 60_000;
      if (this.clock >= this.#windowStart + windowMs) [this.#windowStart, this.#used] = [this.clock, 0];
      if (this.#used >= this.options.ratePerWindow) {
        const seconds = Math.ceil((this.#windowStart + windowMs - this.clock) / 1000);
        return new Response('{"error":{"message":"Too many requests"}}', {
          status: 429,
          headers: { ...headers, 'retry-after': String(seconds) },
        });
      }
      this.#used++;
      headers['x-ratelimit-limit'] = String(this.options.ratePerWindow);
      headers['x-ratelimit-remaining'] = String(this.options.ratePerWindow - this.#used);
    }
    const size = Math.min(request.limit, this.options.maxPageSize ?? Infinity);
    const lastPage = Math.max(1, Math.ceil(this.orders.length / size));
    const page = this.options.clampPages ? Math.min(request.page, lastPage) : request.page;
    const slice = this.orders.slice((page - 1) * size, page * size);
    return new Response(JSON.stringify({ message: 'success', data: { orders: slice } }), {
      status: 200,
      headers,
    });
  };

  /** Engine dependencies over this fake: the real page fetcher and a sleep that only moves the clock. */
  deps(): EngineDeps {
    return {
      fetchPage: (page, limit, signal) => fetchOrdersPage('', page, limit, { signal }),
      sleep: async (ms, signal) => {
        if (signal.aborted) throw new Error('aborted');
        this.sleeps.push(ms);
        this.clock += ms;
      },
      now: () => this.clock,
    };
  }
}
