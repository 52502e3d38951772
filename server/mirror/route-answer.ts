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
  { kind: 'json'; status: number; headers: Record<string, string>; body: string } | { kind: 'events' };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): RouteAnswer => ({
  kind: 'json',
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

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
