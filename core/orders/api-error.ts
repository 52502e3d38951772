/** What went wrong talking to an orders API, in terms a caller can act on. */
/** `timeout`: no whole answer within the caller's time limit (the request was given up). */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'aborted';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Milliseconds to wait before trying again, from `Retry-After` (seconds or an HTTP date). */
  readonly retryAfterMs: number | null;

  constructor(kind: ApiErrorKind, status: number, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export type ApiResponse = {
  body: unknown;
  headers: Headers;
  status: number;
};

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Cekat's error bodies put the message under `error.message` (or sometimes a top-level `message`). */
function upstreamMessage(body: unknown): string | null {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const error = record.error;
    if (
      error &&
      typeof error === 'object' &&
      typeof (error as Record<string, unknown>).message === 'string'
    ) {
      return (error as Record<string, string>).message ?? null;
    }
    if (typeof error === 'string') return error;
    if (typeof record.message === 'string') return record.message;
  }
  return null;
}

/** An HTTP answer as a transport delivers it: what `readJsonAnswer` reads, whatever did the request. */
export type RawAnswer = { status: number; statusText: string; headers: Headers; text: string };

/**
 * Sends with `send` (fetch in the browser, node:http on the server) and reads the answer as JSON; throws
 * ApiError for every failure (one `send` throws is passed on), so callers handle one type whatever the transport.
 */
export async function requestAnswer(
  send: () => Promise<RawAnswer>,
  signal: AbortSignal | null | undefined,
): Promise<ApiResponse> {
  let answer: RawAnswer;
  try {
    answer = await send();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (signal?.aborted) throw new ApiError('aborted', 0, 'Request cancelled');
    throw new ApiError('network', 0, `Network error: ${(error as Error).message || 'no response'}`);
  }
  return readJsonAnswer(answer);
}

/** A 2xx answer's JSON body; any other status, or a body that is not JSON, is an ApiError. */
export function readJsonAnswer({ status, statusText, headers, text }: RawAnswer): ApiResponse {
  let body: unknown = undefined;
  let parsed = false;
  if (text !== '') {
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      parsed = false;
    }
  }
  if (status < 200 || status > 299) {
    const message = (parsed && upstreamMessage(body)) || statusText || `HTTP ${status}`;
    throw new ApiError('http', status, message, parseRetryAfter(headers.get('retry-after')));
  }
  if (!parsed) {
    const preview = text.slice(0, 80).replace(/\s+/g, ' ');
    throw new ApiError('malformed', status, `The API answered with something that is not JSON: "${preview}"`);
  }
  return { body, headers, status };
}

const utf8 = new TextDecoder();

/**
 * A body as `Response.text()` reads it (UTF-8, a BOM dropped, bad bytes replaced), in the browser and in Node
 * alike; in Chromium at half the main-thread cost of `text()` on the mirror's 19 MB answers.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  return utf8.decode(bytes);
}

/** GET a JSON resource with the given `fetch`; throws ApiError for every failure so callers handle one type. */
export function fetchJson(
  url: string,
  init: RequestInit,
  fetchFn: typeof fetch = (input, options) => fetch(input, options),
): Promise<ApiResponse> {
  return requestAnswer(async () => {
    const response = await fetchFn(url, init);
    const text = await response
      .arrayBuffer()
      .then(decodeText)
      .catch(() => '');
    return { status: response.status, statusText: response.statusText, headers: response.headers, text };
  }, init.signal);
}
