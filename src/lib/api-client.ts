import { fetchJson, type ApiResponse } from '../../core/orders/api-error';

export { ApiError, parseRetryAfter, type ApiErrorKind, type ApiResponse } from '../../core/orders/api-error';

/** GET a same-origin JSON resource; throws ApiError for every failure so callers handle one type. */
export function getJson(path: string, signal?: AbortSignal): Promise<ApiResponse> {
  return requestJson(path, 'GET', signal);
}

/** A same-origin JSON request (GET, or a body-less POST for actions); the same ApiError for every failure. */
export function requestJson(
  path: string,
  method: 'GET' | 'POST',
  signal?: AbortSignal,
): Promise<ApiResponse> {
  return fetchJson(path, {
    method,
    headers: { accept: 'application/json' },
    signal,
    credentials: 'same-origin',
  });
}
