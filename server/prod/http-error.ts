import { STATUS_CODES } from 'node:http';

/**
 * Our one error body, for every failure the server answers itself (the upstream's shape, so the app reads
 * `error.message`). The message is always our own words: never a path, header or body from the request.
 */
export function errorBody(status: number, message = STATUS_CODES[status] ?? 'Error') {
  return { success: false, status_code: status, error: { message } };
}
