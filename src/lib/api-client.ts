import { fetchJson, type ApiResponse } from '../../core/orders/api-error';

export { ApiError, parseRetryAfter, type ApiErrorKind, type ApiResponse } from '../../core/orders/api-error';

/** GET a same-origin JSON resource; throws ApiError for every failure so callers handle one type. */
export function getJson(path: string, signal?: AbortSignal): Promise<ApiResponse> {
  return fetchJson(path, { headers: { accept: 'application/json' }, signal, credentials: 'same-origin' });
}
