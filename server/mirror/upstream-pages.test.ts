import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMirror, upstreamPages } from './mirror.ts';
import { openSqliteStore } from './sqlite-store.ts';

const PAGE = JSON.stringify({
  data: {
    orders: [{ id: 'o-1', order_number: 1, order_status: 'paid', created_at: '2026-12-01T10:00:00Z' }],
  },
});
let server: Server;
let baseUrl = '';
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  // The first page answers at once; `page=2` never answers; `page=3` answers with 2 MB; `page=4` is refused
  // with 404 as past the end, and so is any page under /gone.
  server = createServer((req, res) => {
    const page = new URL(req.url ?? '/', 'http://x').searchParams.get('page');
    if (page === '2') return void hanging.push(res);
    if (page === '5') {
      // An upstream that echoes the key it was sent, plainly and JSON-escaped.
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const escaped = JSON.stringify(key).slice(1, -1).replace(/-/g, '\\u002d');
      const order = { id: 'o-5', order_number: 5, order_status: 'paid', debug: `key=${key}` };
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(
        JSON.stringify({ data: { orders: [order] } }).replace('}]', `,"raw":"${escaped}"}]`),
      );
    }
    if (page === '4' || req.url?.startsWith('/gone/')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end('{"detail":"Invalid page."}');
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(page === '3' ? `{"data":{"orders":[]},"pad":"${' '.repeat(2_000_000)}"}` : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { timeoutMs: 100, maxBytes: 1_000_000 };
const read = (page: number, signal = new AbortController().signal) =>
  upstreamPages({ baseUrl, apiKey: 'k' }, limits)(page, 100, signal);

describe("the mirror's upstream reads", () => {
  it('reads a page, and says an answer too slow or too large for what it is', async () => {
    expect((await read(1)).orders.map((o) => o.id)).toEqual(['o-1']);
    await expect(read(2)).rejects.toMatchObject({ kind: 'timeout' });
    await expect(read(3)).rejects.toMatchObject({ kind: 'malformed' });
    const stop = new AbortController();
    const stopped = read(2, stop.signal);
    stop.abort();
    await expect(stopped).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('reads a 404 after page 1 as the empty page past the end, and a 404 for page 1 as an error', async () => {
    expect(await read(4)).toMatchObject({ orders: [], entries: 0, page: 4 });
    const gone = upstreamPages({ baseUrl: `${baseUrl}/gone`, apiKey: 'k' }, limits);
    await expect(gone(1, 100, new AbortController().signal)).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    });
  });

  it('keeps no copy of the key an upstream echoes in its orders, however it is written', async () => {
    const key = 'sk-live-mirror-test-0123456789';
    const page = await upstreamPages({ baseUrl, apiKey: key }, limits)(5, 100, new AbortController().signal);
    expect(page.orders.map((o) => o.id)).toEqual(['o-5']);
    const stored = JSON.stringify(page.raw);
    expect(stored).not.toContain(key);
    expect(JSON.parse(stored)).toMatchObject([{ debug: 'key=[redacted]', raw: '[redacted]' }]);
  });

  it('reports an upstream that keeps timing out as such, not as unreachable', async () => {
    const upstream = { baseUrl: `${baseUrl}/slow`, apiKey: 'k' };
    const slow = upstreamPages(upstream, limits);
    let clock = Date.now();
    const mirror = await startMirror({
      settings: {
        mode: 'on',
        storeTimeZone: 'Asia/Jakarta',
        db: ':memory:',
        rpm: null,
        headMs: 30_000,
        sweepMs: 3_600_000,
      },
      upstream,
      store: await openSqliteStore(':memory:'),
      // Every page is the never-answering one; the back-off between retries passes on a clock of its own.
      deps: {
        fetchPage: (_page, limit, signal) => slow(2, limit, signal),
        now: () => clock,
        sleep: async (ms) => void (clock += ms),
      },
    });
    try {
      let status = await mirror.status();
      for (let i = 0; i < 200 && !status.error; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = await mirror.status();
      }
      expect(status.error).toMatchObject({ kind: 'timeout' });
      expect(status.error?.message).toMatch(/too long/);
    } finally {
      await mirror.close();
    }
  });
});
