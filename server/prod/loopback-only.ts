import type { IncomingHttpHeaders } from 'node:http';
import { isLoopback } from './config.ts';

/** Headers a proxy adds: their presence means the request came from elsewhere, through a proxy. */
const PROXY_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'via',
];

/** The host name of a `Host` header, without its port (`[::1]:8080` → `::1`). */
function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(1, host.indexOf(']')) : (host.split(':', 1)[0] ?? '');
}

/**
 * Without sign-in, whether a request may be answered: the browser's own `Host` is a loopback name (against DNS
 * rebinding) and no proxy header is present (a proxy would bring the network in). Nothing a client adds can
 * turn a refusal into an answer.
 */
export function isLocalRequest(headers: IncomingHttpHeaders): boolean {
  return (
    typeof headers.host === 'string' &&
    isLoopback(hostName(headers.host)) &&
    PROXY_HEADERS.every((name) => headers[name] === undefined)
  );
}
