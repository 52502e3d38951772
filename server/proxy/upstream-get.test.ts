import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../core/orders/api-error.ts';
import { upstreamGet, UpstreamTooLarge } from './upstream-get.ts';

const PAGE = JSON.stringify({ data: [{ id: 'o-1', status: 'paid' }], meta: { page: 1 } });
let server: Server;
let base = '';
const seen: IncomingMessage[] = [];

// One fake upstream whose behaviour is picked by the path.
function answer(req: IncomingMessage, res: ServerResponse): void {
  seen.push(req);
  const path = req.url ?? '';
  const send = (headers: Record<string, string>, body: Buffer | string) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
  if (path === '/plain') return send({}, PAGE);
  if (path === '/gzip') return send({ 'content-encoding': 'gzip' }, gzipSync(PAGE));
  if (path === '/deflate') return send({ 'content-encoding': 'deflate' }, deflateSync(PAGE));
  if (path === '/br') return send({ 'content-encoding': 'br' }, brotliCompressSync(PAGE));
  if (path === '/bom') return send({}, `\uFEFF${PAGE}`);
  if (path === '/bomb') return send({ 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(2_000_000, 32)));
  if (path === '/big') return send({}, Buffer.alloc(2_000_000, 32));
  if (path === '/broken-gzip') return send({ 'content-encoding': 'gzip' }, 'not gzip at all');
  if (path === '/zstd') return send({ 'content-encoding': 'zstd' }, 'whatever');
  if (path === '/empty-gzip') {
    res.writeHead(204, { 'content-encoding': 'gzip' });
    return void res.end();
  }
  if (path === '/redirect') {
    res.writeHead(302, { location: 'http://10.0.0.1/login' });
    return void res.end();
  }
  if (path.startsWith('/slash?')) {
    res.writeHead(301, { location: path.replace('/slash?', '/plain/?') });
    return void res.end();
  }
  if (path === '/plain/?page=2') return send({}, PAGE);
  if (path === '/loop') {
    res.writeHead(307, { location: '/loop' });
    return void res.end();
  }
  if (path === '/error') {
    res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
    return void res.end('{"error":"slow down"}');
  }
  if (path === '/half') {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('{"data":');
    return void setTimeout(() => req.socket.destroy(), 20);
  }
  if (path === '/close') return void req.socket.destroy();
  // '/hang' never answers.
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, signal = AbortSignal.timeout(5_000), maxBytes = 1_000_000) =>
  upstreamGet(`${base}${path}`, { headers: { authorization: 'Bearer k' }, signal, maxBytes });

describe('upstreamGet', () => {
  it('reads a plain body with its status and headers, sending the given headers', async () => {
    const answer = await get('/plain');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(decodeText(answer.body)).toBe(PAGE);
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer k');
    expect(seen.at(-1)?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('decodes gzip, deflate and br as fetch would', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) expect(decodeText((await get(path)).body)).toBe(PAGE);
  });

  it('drops a leading byte-order mark from the text', async () => {
    expect(decodeText((await get('/bom')).body)).toBe(PAGE);
  });

  it('reads an empty body with a content-encoding as empty', async () => {
    const answer = await get('/empty-gzip');
    expect(answer.status).toBe(204);
    expect(answer.body.length).toBe(0);
  });

  it('refuses a body past the cap, before and after decompression', async () => {
    await expect(get('/big')).rejects.toBeInstanceOf(UpstreamTooLarge);
    await expect(get('/bomb')).rejects.toBeInstanceOf(UpstreamTooLarge);
  });

  it('fails clearly on a body it cannot decode', async () => {
    await expect(get('/broken-gzip')).rejects.toThrow('not valid gzip');
    await expect(get('/zstd')).rejects.toThrow('unreadable content-encoding: zstd');
  });

  it('follows a redirect on the same host with the key, and hands back any other and errors as they came', async () => {
    // A server that adds a trailing slash to every path.
    seen.length = 0;
    const slashed = await get('/slash?page=2');
    expect(slashed.status).toBe(200);
    expect(decodeText(slashed.body)).toBe(PAGE);
    expect(seen.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/slash?page=2', 'Bearer k'],
      ['/plain/?page=2', 'Bearer k'],
    ]);
    // Elsewhere (here an internal address) the key is never sent: the redirect comes back as it came.
    const redirect = await get('/redirect');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('http://10.0.0.1/login');
    // A redirect loop ends after a few hops.
    seen.length = 0;
    expect((await get('/loop')).status).toBe(307);
    expect(seen).toHaveLength(4);
    const error = await get('/error');
    expect(error.status).toBe(429);
    expect(error.headers.get('retry-after')).toBe('7');
    expect(decodeText(error.body)).toBe('{"error":"slow down"}');
  });

  it('fails when the connection closes before or during the answer', async () => {
    await expect(get('/close')).rejects.toThrow();
    await expect(get('/half')).rejects.toThrow();
  });

  it('rejects with the signal reason when aborted or timed out, already or while waiting', async () => {
    const controller = new AbortController();
    const pending = get('/hang', controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(get('/plain', AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
    await expect(get('/hang', AbortSignal.timeout(50))).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
