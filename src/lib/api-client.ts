/** What went wrong talking to `/api`, in terms the UI can act on. */
export type ApiErrorKind = 'http' | 'network' | 'malformed' | 'aborted';

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

/** GET a same-origin JSON resource; throws ApiError for every failure so callers handle one type. */
export async function getJson(path: string, signal?: AbortSignal): Promise<ApiResponse> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { accept: 'application/json' },
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw new ApiError('aborted', 0, 'Request cancelled');
    throw new ApiError('network', 0, `Network error: ${(error as Error).message || 'no response'}`);
  }
  const text = await response.text().catch(() => '');
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
  if (!response.ok) {
    // No reason-phrase fallback: the status is shown with the code, in the reader's language.
    const message = (parsed && upstreamMessage(body)) || '';
    throw new ApiError(
      'http',
      response.status,
      message,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  if (!parsed) {
    const preview = text.slice(0, 80).replace(/\s+/g, ' ');
    throw new ApiError(
      'malformed',
      response.status,
      `The API answered with something that is not JSON: "${preview}"`,
    );
  }
  return { body, headers: response.headers, status: response.status };
}
