import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultEmulatorOptions, type EmulatorOptions } from './options.ts';
import { OrderStore } from './order-store.ts';
import { deriveSeed, Rng } from './prng.ts';
import { FixedWindowLimiter, retryAfter } from './rate-limit.ts';
import { errorBody, type Headers, positiveInteger, sendJson } from './respond.ts';
import type { OrderFigures } from './summary.ts';
import type { RawOrder } from './types.ts';

export type RequestCounts = {
  total: number;
  ok: number;
  rateLimited: number;
  failed: number;
  unauthorized: number;
};

export type Summary = OrderFigures & { maxPageSize: number; requests: RequestCounts };

export type Emulator = {
  handle(req: IncomingMessage, res: ServerResponse): void;
  options: EmulatorOptions;
  /** Every order held now, newest first, including live arrivals. */
  orders(): readonly RawOrder[];
  summary(): Summary;
  /** How long generating the seeded orders took. */
  generationMs: number;
};

/** Until the vendor documents a default page size, 10 is a guess. */
export const DEFAULT_LIMIT = 10;

const FAILURES = [
  [500, 'Internal server error'],
  [502, 'Bad gateway'],
  [503, 'Service unavailable'],
] as const;

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

const zeroCounts = (): RequestCounts => ({ total: 0, ok: 0, rateLimited: 0, failed: 0, unauthorized: 0 });

export function createEmulator(overrides: Partial<EmulatorOptions> = {}): Emulator {
  const options: EmulatorOptions = { ...defaultEmulatorOptions };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (options as Record<string, unknown>)[key] = value;
  }
  const now = options.now ?? Date.now;
  const startMs = now();
  const began = performance.now();
  const store = new OrderStore({ ...options, anchor: options.anchor ?? new Date(startMs), startMs });
  const generationMs = performance.now() - began;
  const limiter =
    options.rpm > 0 ? new FixedWindowLimiter(options.rpm, options.rateWindowMs, now) : undefined;
  const faults = new Rng(deriveSeed(options.seed, 'faults'));
  let counts = zeroCounts();

  function accepts(req: IncomingMessage): boolean {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    return bearer === options.key || req.headers.api_key === options.key;
  }

  function summary(): Summary {
    store.catchUp(now());
    return { ...store.summary(), maxPageSize: options.maxPageSize, requests: { ...counts } };
  }

  /** Test support only, not part of Cekat's API: no auth, no rate limit, not counted. */
  function handleSupport(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const routes: Record<string, [method: string, run: () => unknown]> = {
      '/__emulator/summary': ['GET', summary],
      '/__emulator/reset-stats': ['POST', () => ((counts = zeroCounts()), { requests: counts })],
      // Moves `count` orders on in their life at once, so a test knows when upstream changed.
      '/__emulator/status-changes': [
        'POST',
        () => ({
          changes: store.changeStatuses(positiveInteger(url.searchParams.get('count'), 1) ?? 1, now()),
        }),
      ],
      // Deletes `count` orders of the history at once (mostly recent ones); answers their ids.
      '/__emulator/deletions': [
        'POST',
        () => ({
          deleted: store.deleteOrders(positiveInteger(url.searchParams.get('count'), 1) ?? 1, now()),
        }),
      ],
    };
    const route = routes[url.pathname];
    if (!route) return sendJson(res, 404, errorBody(404, 'Not found'));
    if (req.method !== route[0])
      return sendJson(res, 405, errorBody(405, 'Method not allowed'), { Allow: route[0] });
    sendJson(res, 200, route[1]());
  }

  function respond(req: IncomingMessage, url: URL): [status: number, body: unknown, headers: Headers] {
    const headers: Headers = {};
    const path = url.pathname.replace(/\/$/, '');
    const match = /^\/api\/orders(?:\/([^/]+))?$/.exec(path);
    const stamp = (state: { limit: number; remaining: number } | undefined) => {
      if (!state) return;
      headers['X-RateLimit-Limit'] = String(state.limit);
      headers['X-RateLimit-Remaining'] = String(state.remaining);
    };
    // Refusals before the rate limit report the budget without spending it.
    const refuse = (status: number, message: string): ReturnType<typeof respond> => {
      stamp(limiter?.peek());
      return [status, errorBody(status, message), headers];
    };
    if (!match) return refuse(404, 'Not found');
    if (!accepts(req)) {
      counts.unauthorized++;
      return refuse(401, 'Not authenticated');
    }
    if (req.method !== 'GET') {
      headers.Allow = 'GET';
      return refuse(405, 'Method not allowed');
    }
    if (limiter) {
      const state = limiter.take();
      stamp(state);
      if (!state.allowed) {
        counts.rateLimited++;
        headers['Retry-After'] = retryAfter(state, options.retryAfterFormat);
        return [429, errorBody(429, 'Too many requests'), headers];
      }
    }
    if (options.failRate > 0 && faults.chance(options.failRate)) {
      const [status, message] = faults.pick(FAILURES);
      counts.failed++;
      return [status, errorBody(status, message), headers];
    }
    store.catchUp(now());
    const id = match[1];
    if (id !== undefined) {
      // EXTENSION, not in Cekat's docs: one order by id, so a deep link can be checked without paging.
      const order = store.find(safeDecode(id));
      return order
        ? [200, { message: 'success', data: { order } }, headers]
        : [404, errorBody(404, 'Order not found'), headers];
    }
    const limit = positiveInteger(url.searchParams.get('limit'), DEFAULT_LIMIT);
    const page = positiveInteger(url.searchParams.get('page'), 1);
    if (limit === null) return [400, errorBody(400, 'limit must be a positive integer'), headers];
    if (page === null) return [400, errorBody(400, 'page must be a positive integer'), headers];
    const size = Math.min(limit, options.maxPageSize);
    const orders = store.page((page - 1) * size, size);
    return [200, { message: 'success', data: { orders } }, headers];
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = URL.parse(req.url ?? '/', 'http://emulator.invalid');
    if (url?.pathname.startsWith('/__emulator/')) return handleSupport(req, res, url);
    counts.total++;
    let result: ReturnType<typeof respond>;
    try {
      result = url ? respond(req, url) : [400, errorBody(400, 'Bad request'), {}];
    } catch {
      result = [400, errorBody(400, 'Bad request'), {}];
    }
    const [status, body, headers] = result;
    if (status >= 200 && status < 300) counts.ok++;
    if (options.latencyMs > 0) setTimeout(() => sendJson(res, status, body, headers), options.latencyMs);
    else sendJson(res, status, body, headers);
  }

  return { handle, options, orders: () => (store.catchUp(now()), store.all()), summary, generationMs };
}
