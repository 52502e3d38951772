import { fetchJson, type ApiResponse } from '../../core/orders/api-error';

export { ApiError, parseRetryAfter, type ApiErrorKind, type ApiResponse } from '../../core/orders/api-error';

/**
 * GET a same-origin JSON resource; throws ApiError for every failure so callers handle one type. `onHeaders`
 * sees the response's headers as soon as they arrive, before the body is read.
 */
export function getJson(
  path: string,
  signal?: AbortSignal,
  onHeaders?: (headers: Headers) => void,
): Promise<ApiResponse> {
  return requestJson(path, 'GET', signal, onHeaders);
}

/** A same-origin JSON request (GET, or a body-less POST for actions); the same ApiError for every failure. */
export function requestJson(
  path: string,
  method: 'GET' | 'POST',
  signal?: AbortSignal,
  onHeaders?: (headers: Headers) => void,
): Promise<ApiResponse> {
  return fetchJson(
    path,
    { method, headers: { accept: 'application/json' }, signal, credentials: 'same-origin' },
    async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) onHeaders?.(response.headers);
      return response;
    },
  );
}
