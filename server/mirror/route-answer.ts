import type { IncomingHttpHeaders } from 'node:http';

/** One request as the mirror's routes see it, from the Vite middleware or the production server. */
export type RouteRequest = {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  host: string;
  /** The JSON body, parsed (writes to `/api/views` only); undefined when absent or not JSON. */
  body?: unknown;
  /** The signed-in staff member (production); null where there is no sign-in. */
  user?: string | null;
};

export type RouteAnswer =
  | { kind: 'json'; status: number; headers: Record<string, string>; body: string }
  /** A JSON body sent in pieces as they are read (no length up front); `chunks` is not read for HEAD. */
  | { kind: 'stream'; status: number; headers: Record<string, string>; chunks: () => AsyncIterable<string> }
  | { kind: 'events' };

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): RouteAnswer => ({
  kind: 'json',
  status,
  headers: { ...JSON_HEADERS, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const jsonStream = (
  chunks: () => AsyncIterable<string>,
  headers: Record<string, string> = {},
): RouteAnswer => ({ kind: 'stream', status: 200, headers: { ...JSON_HEADERS, ...headers }, chunks });

export const failure = (status: number, message: string, headers: Record<string, string> = {}) =>
  json(status, { success: false, status_code: status, error: { message } }, headers);

/** A state-changing request must come from our own pages: refused on cross-site fetch metadata or a foreign Origin. */
export function isSameOrigin(headers: IncomingHttpHeaders, host: string): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return headers.origin === undefined || sameHost(headers.origin, host);
}

function sameHost(url: string, host: string): boolean {
  try {
    return new URL(url).host === host;
  } catch {
    return false;
  }
}
