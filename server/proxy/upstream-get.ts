import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** One upstream answer, its body read whole and decoded (at most `maxBytes` before and after decoding). */
export type UpstreamAnswer = { status: number; statusText: string; headers: Headers; body: Buffer };

export type UpstreamGetOptions = {
  headers: Record<string, string>;
  signal: AbortSignal;
  maxBytes: number;
};

/** Thrown when a body passes `maxBytes`, so a runaway upstream cannot exhaust memory. */
export class UpstreamTooLarge extends Error {
  constructor() {
    super('upstream body too large');
    this.name = 'UpstreamTooLarge';
  }
}

// Keep-alive sockets per origin, as many as the mirror's window and the proxy's browsers keep busy.
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 16 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 16 }),
};

/** The body as fetch would hand it over: gzip, deflate and br decoded, never more than `maxBytes` out. */
function decoded(raw: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (raw.length === 0 || name === '' || name === 'identity') return raw;
  const limits = { maxOutputLength: maxBytes };
  try {
    if (name === 'gzip' || name === 'x-gzip') return gunzipSync(raw, limits);
    if (name === 'deflate') return inflateSync(raw, limits);
    if (name === 'br') return brotliDecompressSync(raw, limits);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UpstreamTooLarge();
    throw new Error(`upstream body is not valid ${name}: ${(error as Error).message}`, { cause: error });
  }
  throw new Error(`upstream body has an unreadable content-encoding: ${name}`);
}

function headersOf(response: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // A header value Headers cannot hold (a control character) is dropped, as fetch drops it.
    }
  }
  return headers;
}

/** Redirects followed at most, each to the same host (another path, or https for http). */
const MAX_REDIRECTS = 3;

/**
 * Where a redirect may be followed with the key: the same scheme, host and port (a path with a trailing
 * slash), or https on the same host. Anywhere else (another host, an internal address) it is handed back.
 */
function sameHost(from: URL, location: string | null): URL | null {
  if (location === null) return null;
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return null;
  }
  if (to.origin === from.origin) return to;
  return from.protocol === 'http:' && to.protocol === 'https:' && to.hostname === from.hostname ? to : null;
}

/**
 * GET through node:http(s): the proxy's and the mirror's one upstream client. It follows a redirect only to
 * the same host, so the key never goes anywhere else. The mirror's first pass reads a thousand pages a minute
 * from one process, and fetch spent more CPU per page than parsing it (100,000 orders: 2.4 s of CPU against
 * 1.0 s here).
 */
export async function upstreamGet(url: string, options: UpstreamGetOptions): Promise<UpstreamAnswer> {
  let target = new URL(url);
  for (let hops = 0; ; hops++) {
    const answer = await getOnce(target, options);
    const next =
      answer.status >= 300 && answer.status < 400 ? sameHost(target, answer.headers.get('location')) : null;
    if (next === null || hops >= MAX_REDIRECTS) return answer;
    target = next;
  }
}

function getOnce(target: URL, options: UpstreamGetOptions): Promise<UpstreamAnswer> {
  const secure = target.protocol === 'https:';
  const { signal, maxBytes } = options;
  return new Promise<UpstreamAnswer>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const request = (secure ? httpsRequest : httpRequest)(target, {
      method: 'GET',
      agent: secure ? agents['https:'] : agents['http:'],
      headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (error: unknown) =>
      settle(() => {
        request.destroy();
        reject(error);
      });
    const onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    request.once('error', fail);
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      let total = 0;
      response.once('aborted', () => fail(new Error('upstream closed the connection mid-answer')));
      response.once('error', fail);
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) return fail(new UpstreamTooLarge());
        chunks.push(chunk);
      });
      response.once('end', () => {
        if (!response.complete) return fail(new Error('upstream closed the connection mid-answer'));
        try {
          const raw = Buffer.concat(chunks, total);
          const body = decoded(raw, response.headers['content-encoding'], maxBytes);
          const answer = {
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: headersOf(response),
            body,
          };
          settle(() => resolve(answer));
        } catch (error) {
          fail(error);
        }
      });
    });
    request.end();
  });
}
