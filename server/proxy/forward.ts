import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Upstream } from './upstream';

/** The only paths forwarded: the list and one order (checked on the raw, undecoded path). */
const ALLOWED_PATH = /^\/api\/orders(?:\/[A-Za-z0-9_-]{1,100})?$/;
const MAX_QUERY_LENGTH = 512;
const PASSED_BACK_HEADERS = ['content-type', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'retry-after'];

export type ProxyOptions = {
  upstream: () => Upstream;
  /** Upstream time budget per request. */
  timeoutMs?: number;
  log?: (event: Record<string, unknown>) => void;
};

/**
 * A stable, one-way name for the upstream (origin + key), sent as `X-Upstream-Id` so the browser can keep
 * each shop's cached orders apart without ever learning the key.
 */
export function upstreamId(upstream: Upstream): string {
  return createHash('sha256').update(`${upstream.baseUrl}\n${upstream.apiKey}`).digest('hex').slice(0, 16);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ success: false, status_code: status, error: { message } });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Node middleware for `/api/*`, shared by the Vite dev/preview servers and the production server so both
 * behave the same: an allow-list (GET/HEAD on the orders paths), the browser's credentials stripped, the
 * server-held key injected, upstream failures turned into clear 502/504 answers.
 */
export function createApiProxy(options: ProxyOptions) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async function apiProxy(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = queryStart === -1 ? '' : rawUrl.slice(queryStart);
    if (!ALLOWED_PATH.test(path)) return sendError(res, 404, 'Not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendError(res, 405, 'Method not allowed');
    }
    if (query.length > MAX_QUERY_LENGTH || /[\r\n]/.test(query)) return sendError(res, 414, 'Query too long');

    const upstream = options.upstream();
    const target = `${upstream.baseUrl}${path}${query}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
    const onClose = () => {
      if (!res.writableFinished) controller.abort(new Error('client closed'));
    };
    res.on('close', onClose);
    const started = Date.now();
    try {
      const upstreamRes = await fetch(target, {
        method: req.method,
        headers: { accept: 'application/json', authorization: `Bearer ${upstream.apiKey}` },
        signal: controller.signal,
        redirect: 'manual',
      });
      const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-upstream-id': upstreamId(upstream) };
      for (const name of PASSED_BACK_HEADERS) {
        const value = upstreamRes.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      const body = Buffer.from(await upstreamRes.arrayBuffer());
      headers['content-length'] = String(body.length);
      res.writeHead(upstreamRes.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      options.log?.({ event: 'proxy', path, status: upstreamRes.status, ms: Date.now() - started });
    } catch (error) {
      if (res.headersSent || res.destroyed) return;
      const timedOut = controller.signal.aborted && (controller.signal.reason as Error)?.message === 'timeout';
      options.log?.({ event: 'proxy-error', path, timedOut, ms: Date.now() - started });
      if (timedOut) sendError(res, 504, 'The Cekat API did not answer in time. Try again shortly.');
      else sendError(res, 502, 'Could not reach the Cekat API. Check CEKAT_API_BASE_URL and the network.');
    } finally {
      clearTimeout(timer);
      res.off('close', onClose);
    }
  };
}
