import type { MirrorChanges, MirrorEvent, MirrorStatus, RawOrder } from '../../../../../core/mirror/protocol';

/**
 * The server's mirror as the browser sees it, in memory: the `/api/config` and `/api/mirror/*` routes of
 * `core/mirror/protocol.ts` behind a `fetch` stub, a sequence number per change, and knobs to change orders,
 * restart on a new database (epoch) or fail. The one protocol fixture of the browser's unit tests.
 */
export class FakeMirror {
  readonly upstreamId: string;
  epoch = 'epoch-1';
  latest = 0;
  /** Largest page of changes it answers, whatever the browser asks. */
  pageLimit: number;
  /** Each order's latest state and sequence number. */
  readonly #orders = new Map<string, { order: RawOrder; seq: number; verifiedAt: number }>();
  /** Orders the upstream stopped listing, and the sequence number of their removal. */
  readonly #removed = new Map<string, number>();
  status: MirrorStatus;
  /** Every request received, as `METHOD path?query`. */
  readonly requests: string[] = [];
  /** Answer every mirror route with this HTTP status instead (null: answer normally). */
  failWith: number | null = null;
  /** Runs when a refresh is asked, before it answers (the head and open-order check upstream). */
  onRefresh: () => void = () => undefined;

  constructor(
    options: { count?: number; upstreamId?: string; pageLimit?: number; firstPassDone?: boolean } = {},
  ) {
    this.upstreamId = options.upstreamId ?? 'up-1';
    this.pageLimit = options.pageLimit ?? 1000;
    this.status = {
      held: 0,
      firstPassDone: options.firstPassDone ?? true,
      firstPassPages: 0,
      task: 'idle',
      headCheckedAt: 1_000,
      openVerifiedAt: 1_000,
      oldestVerifiedAt: 1_000,
      sweepPassMs: 3 * 3600e3,
      budgetRpm: null,
      waitingUntil: null,
      error: null,
    };
    this.insert(options.count ?? 0);
  }

  /** Adds `count` new orders (the newest get the highest numbers). */
  insert(count: number): RawOrder[] {
    const added: RawOrder[] = [];
    const base = this.#orders.size;
    for (let i = 0; i < count; i++) {
      const n = base + i + 1;
      const order: RawOrder = {
        id: `order-${n}`,
        order_number: n,
        order_status: 'pending',
        grand_total: 1000 * n,
        created_at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      };
      this.#put(order);
      added.push(order);
    }
    return added;
  }

  /** Moves an existing order to another status, as an upstream change found by the mirror. */
  setStatus(id: string, status: string): void {
    const held = this.#orders.get(id);
    if (!held) throw new Error(`no order ${id}`);
    this.#put({ ...held.order, order_status: status });
  }

  /** The upstream stopped listing an order, and the mirror has found out. */
  remove(id: string): void {
    if (!this.#orders.delete(id)) throw new Error(`no order ${id}`);
    this.#removed.set(id, ++this.latest);
  }

  /** The mirror's database is replaced (restored from elsewhere, or deleted): a new epoch, sequence from 1. */
  restart(epoch: string): void {
    this.epoch = epoch;
    const orders = [...this.#orders.values()].map((h) => h.order);
    this.#orders.clear();
    this.#removed.clear();
    this.latest = 0;
    for (const order of orders) this.#put(order);
  }

  order(id: string): RawOrder | undefined {
    return this.#orders.get(id)?.order;
  }

  event(): MirrorEvent {
    return { upstreamId: this.upstreamId, epoch: this.epoch, latest: this.latest, status: this.#status() };
  }

  changes(since: number, limit: number): MirrorChanges {
    const changed = [...this.#orders.values()].map((h) => ({ seq: h.seq, order: h.order, id: h.order.id }));
    const removed = [...this.#removed].map(([id, seq]) => ({ seq, order: null, id }));
    const after = [...changed, ...removed].filter((h) => h.seq > since).sort((a, b) => a.seq - b.seq);
    const page = after.slice(0, Math.min(limit, this.pageLimit));
    const cursor = page.at(-1)?.seq ?? since;
    return {
      upstreamId: this.upstreamId,
      epoch: this.epoch,
      cursor,
      latest: this.latest,
      orders: page.flatMap((h) => (h.order ? [h.order] : [])),
      removed: page.flatMap((h) => (h.order ? [] : [h.id])),
      more: cursor < this.latest,
      status: this.#status(),
    };
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://dashboard.test');
    const method = init?.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      });
    if (url.pathname === '/api/config') return json({ mirror: true, storeTimeZone: 'Asia/Jakarta' });
    if (this.failWith !== null) return json({ error: { message: 'failing' } }, this.failWith);
    if (url.pathname === '/api/mirror/changes') {
      const since = Number(url.searchParams.get('since') ?? 0);
      const answer = this.changes(since, Number(url.searchParams.get('limit') ?? 1000));
      const next = { 'x-mirror-next': String(answer.cursor), 'x-mirror-more': String(answer.more) };
      return json(answer, 200, next);
    }
    if (url.pathname === '/api/mirror/refresh' && method === 'POST') {
      this.onRefresh();
      return json({ latest: this.latest, status: this.#status() });
    }
    const one = /^\/api\/mirror\/orders\/(.+)$/.exec(url.pathname);
    const held = one ? this.#orders.get(decodeURIComponent(one[1]!)) : undefined;
    if (held) return json({ order: held.order, verifiedAt: held.verifiedAt, seq: held.seq });
    return json({ error: { message: 'Not found' } }, 404);
  };

  #put(order: RawOrder): void {
    this.#removed.delete(order.id);
    this.#orders.set(order.id, { order, seq: ++this.latest, verifiedAt: 5_000 });
  }

  #status(): MirrorStatus {
    return { ...this.status, held: this.#orders.size };
  }
}
