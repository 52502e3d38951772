import { createHash } from 'node:crypto';
import { decodeText } from '../../core/orders/api-error.ts';
import { isPastTheEnd } from '../../core/orders/orders-page.ts';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { redactSecret } from './body.ts';
import { upstreamGet, UpstreamTooLarge } from './upstream-get.ts';
import { rebuiltHeaders } from './rebuilt-headers.ts';
import { safePath } from './safe-path.ts';
import { upstreamHeaders, type Upstream } from './upstream.ts';

/** The only paths forwarded: the list and one order (checked on the raw, undecoded path). */
const ALLOWED_PATH = /^\/api\/orders(?:\/[A-Za-z0-9_-]{1,100})?$/;
const MAX_QUERY_LENGTH = 512;
// Plain query characters only: no raw spaces, quotes, angle brackets, control or non-ASCII bytes.
const SAFE_QUERY = /^\?[A-Za-z0-9_.~%&=+,:-]*$/;
const MAX_UPSTREAM_BYTES = 20 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

export type ProxyLog = (event: Record<string, unknown>) => void;

export type ProxyOptions = {
  upstream: () => Upstream;
  /** Upstream time budget per request. */
  timeoutMs?: number;
  log?: ProxyLog;
};

export type ProxyRequest = { method: string; url: string; headers: IncomingHttpHeaders };

/** What the proxy answers, ready for any HTTP framework to send. */
export type ProxyAnswer = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * A stable, one-way name for the upstream (origin + key), sent as `X-Upstream-Id` so the browser can keep
 * each shop's cached orders apart without ever learning the key.
 */
export function upstreamId(upstream: Upstream): string {
  return createHash('sha256').update(`${upstream.baseUrl}\n${upstream.apiKey}`).digest('hex').slice(0, 16);
}

function errorAnswer(status: number, message: string, extra: Record<string, string> = {}): ProxyAnswer {
  const body = Buffer.from(JSON.stringify({ success: false, status_code: status, error: { message } }));
  return { status, headers: { 'content-type': JSON_TYPE, ...extra }, body };
}

/** An upstream error status in our own words: the upstream's error body may hold keys, hosts or stack traces. */
function upstreamErrorMessage(status: number): string {
  if (status === 401 || status === 403) return 'The Cekat API refused the key (check CEKAT_API_KEY)';
  if (status === 404) return 'Not found at the Cekat API';
  if (status === 429) return 'Too many requests to the Cekat API';
  if (status >= 500) return 'The Cekat API failed';
  return 'The Cekat API refused the request';
}

/** What kind of non-JSON answer came back, in our words (the upstream's Content-Type is never echoed). */
function contentKind(contentType: string | null): string {
  if (contentType === null || contentType.trim() === '') return 'no content type';
  return /^\s*text\/html\b/i.test(contentType) ? 'an HTML page' : 'another content type';
}

/** Refuses what is not a body-less GET on the orders paths with a sane query; null when acceptable. */
export function rejectRequest(request: ProxyRequest): ProxyAnswer | null {
  const queryStart = request.url.indexOf('?');
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : request.url.slice(queryStart);
  if (!ALLOWED_PATH.test(path)) return errorAnswer(404, 'Not found');
  // GET only, as the upstream (and the emulator) answer nothing else.
  if (request.method !== 'GET') return errorAnswer(405, 'Method not allowed', { allow: 'GET' });
  const length = request.headers['content-length'];
  if ((length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined) {
    return errorAnswer(413, 'A GET request carries no body');
  }
  if (query.length > MAX_QUERY_LENGTH) return errorAnswer(414, 'Query too long');
  if (query !== '' && !SAFE_QUERY.test(query))
    return errorAnswer(400, 'Query contains characters it should not');
  return null;
}

/** The `page` a request for the orders list asks (0 for any other request). */
function listPage(url: string): number {
  const [path, query = ''] = url.split('?', 2);
  if (path !== '/api/orders') return 0;
  const page = Number(new URLSearchParams(query).get('page'));
  return Number.isSafeInteger(page) ? page : 0;
}

/** Labelled JSON, or a body that parses as JSON whatever its label (or none) says, as the mirror reads it. */
function isJson(contentType: string | null, body: Buffer): boolean {
  if (contentType !== null && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) return true;
  try {
    JSON.parse(decodeText(body));
    return body.length > 0;
  } catch {
    return false;
  }
}

/**
 * The proxy's core, shared by the Vite dev/preview servers and the production server so both behave the same:
 * an allow-list, the browser's headers dropped, the server-held key injected, and every upstream failure turned
 * into a JSON answer in our own words, so no upstream string but a 2xx body (with the key redacted) is relayed.
 */
export async function forwardRequest(
  request: ProxyRequest,
  options: ProxyOptions,
  signal?: AbortSignal,
): Promise<ProxyAnswer> {
  const rejected = rejectRequest(request);
  if (rejected) return rejected;
  const path = safePath(request.url);
  const upstream = options.upstream();
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const started = Date.now();
  const log = (event: Record<string, unknown>) => options.log?.({ path, ms: Date.now() - started, ...event });
  try {
    const response = await upstreamGet(`${upstream.baseUrl}${request.url}`, {
      headers: upstreamHeaders(upstream),
      signal: combined,
      maxBytes: MAX_UPSTREAM_BYTES,
    });
    const passed = { 'x-upstream-id': upstreamId(upstream), ...rebuiltHeaders(response.headers) };
    const body = response.body;
    const contentType = response.headers.get('content-type');
    log({ event: 'proxy', status: response.status });
    if (response.status >= 300 && response.status < 400) {
      return errorAnswer(502, 'The Cekat API answered with a redirect. Check CEKAT_API_BASE_URL.', passed);
    }
    if (isPastTheEnd(response.status, listPage(request.url))) {
      const empty = Buffer.from(JSON.stringify({ message: 'success', data: { orders: [] } }));
      return { status: 200, headers: { 'content-type': JSON_TYPE, ...passed }, body: empty };
    }
    // An error keeps its status (401, 429 and 503 mean something to the client), never the upstream's body.
    if (response.status >= 400)
      return errorAnswer(response.status, upstreamErrorMessage(response.status), passed);
    if (!isJson(contentType, body)) {
      const message = `The Cekat API answered with ${contentKind(contentType)} instead of JSON (HTTP ${response.status}). Check CEKAT_API_BASE_URL.`;
      return errorAnswer(502, message, passed);
    }
    return {
      status: response.status,
      headers: { 'content-type': JSON_TYPE, ...passed },
      body: redactSecret(body, upstream.apiKey),
    };
  } catch (error) {
    if (signal?.aborted) {
      log({ event: 'proxy-cancelled' });
      return errorAnswer(499, 'Request cancelled');
    }
    if (timeout.aborted) {
      log({ event: 'proxy-error', reason: 'timeout' });
      return errorAnswer(504, 'The Cekat API did not answer in time. Try again shortly.');
    }
    const tooBig = error instanceof UpstreamTooLarge;
    log({ event: 'proxy-error', reason: tooBig ? 'too-large' : 'unreachable' });
    if (tooBig) return errorAnswer(502, 'The Cekat API answered with more data than expected.');
    return errorAnswer(502, 'Could not reach the Cekat API, or it closed the connection. Try again shortly.');
  }
}

/** Node middleware for `/api/*` (Vite dev and preview); production sends `forwardRequest`'s answer itself. */
export function createApiProxy(options: ProxyOptions) {
  return async function apiProxy(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const controller = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) controller.abort(new Error('client closed'));
    };
    res.on('close', onClose);
    try {
      const request = { method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers };
      const answer = await forwardRequest(request, options, controller.signal);
      if (res.headersSent || res.destroyed) return;
      res.writeHead(answer.status, {
        ...answer.headers,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-length': String(answer.body.length),
      });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    } finally {
      res.off('close', onClose);
    }
  };
}
