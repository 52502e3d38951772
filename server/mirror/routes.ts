import type { ServerResponse } from 'node:http';
import type { DashboardConfig } from '../../core/mirror/protocol.ts';
import type { Mirror } from './mirror.ts';
import {
  failure,
  json,
  jsonStream,
  isSameOrigin,
  type RouteAnswer,
  type RouteRequest,
} from './route-answer.ts';
import { answerSavedViews } from './saved-views-routes.ts';
import { MirrorStoreError } from './store.ts';

export type { RouteAnswer, RouteRequest } from './route-answer.ts';

/**
 * The mirror's routes (core/mirror/protocol.ts), shared by the Vite dev/preview middleware and the
 * production server: `answer` returns a JSON answer for any framework to send, or `events` for the one
 * streaming route, which `streamEvents` serves on a raw Node response.
 */
export type MirrorRoutes = {
  /** Null when the path is none of ours (`/api/orders…` stays with the proxy). */
  answer(request: RouteRequest): Promise<RouteAnswer | null>;
  streamEvents(res: ServerResponse, options?: EventStreamOptions): void;
};

export type EventStreamOptions = {
  /** Headers already set by the framework (security headers). */
  headers?: Record<string, string>;
  /** Checked at every heartbeat: false ends the stream (the session is over). */
  sessionAlive?: () => boolean;
  heartbeatMs?: number;
  /** The stream ends after this long; the browser reconnects, through the sign-in again. */
  maxMs?: number;
};

export const CHANGES_DEFAULT_LIMIT = 25_000;
export const CHANGES_MAX_LIMIT = 50_000;
const ORDER_ID = /^[A-Za-z0-9_.:#-]{1,200}$/;

/** A whole number in [min, max] from a query value; null when absent, undefined when invalid. */
function whole(raw: string | null, min: number, max: number): number | null | undefined {
  if (raw === null) return null;
  if (!/^\d{1,16}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}

export function createMirrorRoutes(mirror: Mirror | null, storeTimeZone: string): MirrorRoutes {
  async function answer(request: RouteRequest): Promise<RouteAnswer | null> {
    const url = new URL(request.url, 'http://mirror.local');
    const path = url.pathname;
    const get = request.method === 'GET' || request.method === 'HEAD';
    if (path === '/api/config') {
      if (!get) return failure(405, 'Method not allowed', { allow: 'GET, HEAD' });
      const config: DashboardConfig = { mirror: mirror !== null, storeTimeZone };
      return json(200, config);
    }
    if (path === '/api/views' || path.startsWith('/api/views/'))
      return answerSavedViews(mirror, request, path);
    if (path !== '/api/mirror' && !path.startsWith('/api/mirror/')) return null;
    if (mirror === null)
      return failure(404, 'Not found: the order mirror is off on this server (MIRROR=off).');
    if (path === '/api/mirror/changes') {
      if (!get) return failure(405, 'Method not allowed', { allow: 'GET, HEAD' });
      const since = whole(url.searchParams.get('since'), 0, Number.MAX_SAFE_INTEGER);
      const limit = whole(url.searchParams.get('limit'), 1, CHANGES_MAX_LIMIT);
      if (since === undefined || limit === undefined) {
        return failure(400, `since must be a whole number ≥ 0 and limit one from 1 to ${CHANGES_MAX_LIMIT}`);
      }
      const answer = await mirror.changes(since ?? 0, limit ?? CHANGES_DEFAULT_LIMIT);
      // Where the next answer starts, before the body: a reader may ask for it while this one downloads.
      return jsonStream(answer.json, {
        'x-mirror-next': String(answer.cursor),
        'x-mirror-more': String(answer.more),
      });
    }
    if (path === '/api/mirror/events') {
      if (request.method !== 'GET') return failure(405, 'Method not allowed', { allow: 'GET' });
      return { kind: 'events' };
    }
    if (path === '/api/mirror/refresh') {
      if (request.method !== 'POST') return failure(405, 'Method not allowed', { allow: 'POST' });
      if (!isSameOrigin(request.headers, request.host)) {
        return failure(403, 'Refresh is accepted from this dashboard’s own pages only.');
      }
      return json(200, await mirror.refresh());
    }
    const order = /^\/api\/mirror\/orders\/([^/]+)$/.exec(path);
    if (order) {
      if (!get) return failure(405, 'Method not allowed', { allow: 'GET, HEAD' });
      const id = decodeURIComponentSafe(order[1] ?? '');
      if (id === null || !ORDER_ID.test(id)) return failure(400, 'Not an order id');
      const held = await mirror.orderJson(id);
      return held === null ? failure(404, 'This order is not in the mirror (yet).') : json(200, held);
    }
    return failure(404, 'Not found');
  }

  function streamEvents(res: ServerResponse, options: EventStreamOptions = {}): void {
    if (mirror === null) return;
    const { heartbeatMs = 15_000, maxMs = 120_000 } = options;
    res.writeHead(200, {
      ...options.headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: unknown) => res.write(`event: cursor\ndata: ${JSON.stringify(event)}\n\n`);
    res.write('retry: 2000\n\n');
    const unsubscribe = mirror.subscribe(send);
    void mirror.event().then(send, () => undefined);
    const end = () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      unsubscribe();
      if (!res.writableEnded) res.end();
    };
    const heartbeat = setInterval(() => {
      if (options.sessionAlive && !options.sessionAlive()) end();
      else res.write(': heartbeat\n\n');
    }, heartbeatMs);
    const lifetime = setTimeout(end, maxMs);
    res.on('close', end);
  }

  // The database gone (PostgreSQL down, SQLite locked): a 503 in our words; the browser keeps what it holds.
  const answerOrUnavailable = (request: RouteRequest) =>
    answer(request).catch((error: unknown) => {
      if (error instanceof MirrorStoreError) return failure(503, error.message, { 'retry-after': '5' });
      throw error;
    });

  return { answer: answerOrUnavailable, streamEvents };
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
