import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedViewList, SavedViewRecord } from '../../core/mirror/protocol.ts';
import { fetchOrdersPage } from '../../core/orders/orders-page.ts';
import { FakeUpstream } from '../../core/sync/testing/fake-upstream.ts';
import { startMirror, type Mirror } from './mirror.ts';
import { serveMirrorRoute } from './mount.ts';
import { createMirrorRoutes } from './routes.ts';
import { openSqliteStore } from './sqlite-store.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(on: boolean): Promise<string> {
  let mirror: Mirror | null = null;
  if (on) {
    const upstream = new FakeUpstream({ count: 1 });
    const settings = {
      mode: 'on',
      storeTimeZone: 'Asia/Jakarta',
      db: ':memory:',
      rpm: null,
      headMs: 30_000,
      sweepMs: 6 * 3_600_000,
    } as const;
    const started = await startMirror({
      settings,
      upstream: { baseUrl: 'http://fake.test', apiKey: 'k' },
      store: await openSqliteStore(':memory:'),
      deps: {
        fetchPage: (page, limit, signal) => fetchOrdersPage('', page, limit, { signal }, upstream.fetch),
      },
    });
    mirror = started;
    cleanups.push(() => started.close());
  }
  const routes = createMirrorRoutes(mirror, 'Asia/Jakarta');
  const server = createServer((req, res) => {
    void serveMirrorRoute(routes, req, res).then((ours) => {
      if (!ours) res.writeHead(418).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const send = (
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const list = async (base: string) =>
  ((await (await fetch(`${base}/api/views`)).json()) as SavedViewList).views.map((v) => v.name);

describe('saved views routes', { timeout: 20_000 }, () => {
  it('creates, lists in order, renames, moves and removes views', async () => {
    const base = await serve(true);
    const created = await send(base, 'POST', '/api/views', {
      name: ' Unpaid big ',
      search: 'status=pending&sort=-grand_total',
    });
    expect(created.status).toBe(201);
    const first = (await created.json()) as SavedViewRecord;
    expect(first).toMatchObject({
      name: 'Unpaid big',
      search: 'status=pending&sort=-grand_total',
      createdBy: null,
    });
    expect(first.createdAt).toBeGreaterThan(0);
    const second = (await (
      await send(base, 'POST', '/api/views', { name: 'Paid', search: '?status=paid' })
    ).json()) as SavedViewRecord;
    expect(second.search).toBe('status=paid');
    expect(await list(base)).toEqual(['Unpaid big', 'Paid']);

    expect((await send(base, 'PATCH', `/api/views/${second.id}`, { position: 0 })).status).toBe(200);
    expect(await list(base)).toEqual(['Paid', 'Unpaid big']);
    const renamed = await send(base, 'PATCH', `/api/views/${first.id}`, { name: 'Big unpaid' });
    expect(((await renamed.json()) as SavedViewRecord).name).toBe('Big unpaid');

    expect((await send(base, 'DELETE', `/api/views/${second.id}`)).status).toBe(204);
    expect(await list(base)).toEqual(['Big unpaid']);
    expect((await send(base, 'DELETE', `/api/views/${second.id}`)).status).toBe(404);
  });

  it('refuses invalid bodies and unknown parameters', async () => {
    const base = await serve(true);
    expect((await send(base, 'POST', '/api/views', { name: '', search: '' })).status).toBe(400);
    expect((await send(base, 'POST', '/api/views', { name: 'x'.repeat(81), search: '' })).status).toBe(400);
    expect((await send(base, 'POST', '/api/views', { name: 'a', search: 'evil=1' })).status).toBe(400);
    expect(
      (await send(base, 'POST', '/api/views', { name: 'a', search: 'q='.padEnd(2001, 'x') })).status,
    ).toBe(400);
    expect((await send(base, 'PATCH', '/api/views/nope', { position: -1 })).status).toBe(400);
    expect((await send(base, 'PATCH', '/api/views/nope', { name: 'a' })).status).toBe(404);
    const form = await send(base, 'POST', '/api/views', undefined, { 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
    expect(await list(base)).toEqual([]);
  });

  it('refuses cross-site writes', async () => {
    const base = await serve(true);
    const body = { name: 'a', search: 'status=paid' };
    expect((await send(base, 'POST', '/api/views', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await send(base, 'POST', '/api/views', body, { origin: 'https://evil.test' })).status).toBe(403);
    expect((await send(base, 'POST', '/api/views', body, { 'sec-fetch-site': 'same-origin' })).status).toBe(
      201,
    );
  });

  it('is not found with the mirror off', async () => {
    const base = await serve(false);
    expect((await fetch(`${base}/api/views`)).status).toBe(404);
    expect((await send(base, 'POST', '/api/views', { name: 'a', search: '' })).status).toBe(404);
  });
});
