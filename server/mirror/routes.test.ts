import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MirrorChanges, MirrorStatus } from '../../core/mirror/protocol.ts';
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

const settings = (db: string) =>
  ({
    mode: 'on',
    storeTimeZone: 'Asia/Jakarta',
    db,
    rpm: null,
    headMs: 30_000,
    sweepMs: 6 * 3_600_000,
  }) as const;

async function mirrorOver(upstream: FakeUpstream, db = ':memory:'): Promise<Mirror> {
  const mirror = await startMirror({
    settings: settings(db),
    upstream: { baseUrl: 'http://fake.test', apiKey: 'k' },
    store: await openSqliteStore(db),
    deps: {
      fetchPage: (page, limit, signal) => fetchOrdersPage('', page, limit, { signal }, upstream.fetch),
    },
  });
  return mirror;
}

async function serve(mirror: Mirror | null): Promise<string> {
  const routes = createMirrorRoutes(mirror, 'Asia/Jakarta');
  const server: Server = createServer((req, res) => {
    void serveMirrorRoute(routes, req, res, { heartbeatMs: 50 }).then((ours) => {
      if (!ours) res.writeHead(418).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
}

const finished = (mirror: Mirror) => async () => (await mirror.status()).firstPassDone;

describe('mirror routes', { timeout: 20_000 }, () => {
  it('serves the config and, with the mirror off, 404 on every mirror path', async () => {
    const base = await serve(null);
    expect(await (await fetch(`${base}/api/config`)).json()).toEqual({
      mirror: false,
      storeTimeZone: 'Asia/Jakarta',
    });
    expect((await fetch(`${base}/api/mirror/changes?since=0`)).status).toBe(404);
    expect((await fetch(`${base}/api/mirror/events`)).status).toBe(404);
    expect((await fetch(`${base}/api/orders?limit=1&page=1`)).status).toBe(418);
  });

  it('hands out every order since a cursor in large pages, then only what changed', async () => {
    const upstream = new FakeUpstream({ count: 450, maxPageSize: 100 });
    const mirror = await mirrorOver(upstream);
    cleanups.push(() => mirror.close());
    const base = await serve(mirror);
    await until(finished(mirror));
    expect(await (await fetch(`${base}/api/config`)).json()).toEqual({
      mirror: true,
      storeTimeZone: 'Asia/Jakarta',
    });
    const firstResponse = await fetch(`${base}/api/mirror/changes?since=0&limit=300`);
    // Where the next answer starts, in headers before the body (a reader asks ahead with them).
    expect(firstResponse.headers.get('x-mirror-next')).toBe('300');
    expect(firstResponse.headers.get('x-mirror-more')).toBe('true');
    const first = (await firstResponse.json()) as MirrorChanges;
    expect(first).toMatchObject({
      upstreamId: mirror.upstreamId,
      epoch: mirror.epoch,
      cursor: 300,
      more: true,
    });
    expect(first.orders).toHaveLength(300);
    expect(first.orders[0]).toEqual(upstream.orders.find((o) => o.id === first.orders[0]?.id));
    const restResponse = await fetch(`${base}/api/mirror/changes?since=300`);
    expect(restResponse.headers.get('x-mirror-more')).toBe('false');
    const rest = (await restResponse.json()) as MirrorChanges;
    expect(rest).toMatchObject({ cursor: 450, latest: 450, more: false });
    expect(rest.status).toMatchObject({ held: 450, firstPassDone: true, error: null });
    const info = await (await fetch(`${base}/api/mirror/orders/order-7`)).json();
    expect(info).toMatchObject({ order: { id: 'order-7', order_number: 7 }, seq: expect.any(Number) });
    expect((await fetch(`${base}/api/mirror/orders/order-9999`)).status).toBe(404);
    expect((await fetch(`${base}/api/mirror/changes?since=-1`)).status).toBe(400);
    expect((await fetch(`${base}/api/mirror/changes?limit=999999`)).status).toBe(400);
  });

  it('refreshes from our own pages only, and answers once the head and open orders are read', async () => {
    const upstream = new FakeUpstream({ count: 300, maxPageSize: 100 });
    const mirror = await mirrorOver(upstream);
    cleanups.push(() => mirror.close());
    const base = await serve(mirror);
    await until(finished(mirror));
    const cross = await fetch(`${base}/api/mirror/refresh`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status).toBe(403);
    const foreign = await fetch(`${base}/api/mirror/refresh`, {
      method: 'POST',
      headers: { origin: 'https://evil.test' },
    });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${base}/api/mirror/refresh`)).status).toBe(405);
    upstream.orders[150]!.order_status = 'shipped';
    upstream.insert(2);
    const answer = await fetch(`${base}/api/mirror/refresh`, { method: 'POST', headers: { origin: base } });
    const refreshed = (await answer.json()) as { latest: number; status: MirrorStatus };
    expect(refreshed.latest).toBe(303);
    expect(refreshed.status.held).toBe(302);
  });

  it('streams cursor events with a heartbeat', async () => {
    const upstream = new FakeUpstream({ count: 100, maxPageSize: 100 });
    const mirror = await mirrorOver(upstream);
    cleanups.push(() => mirror.close());
    const base = await serve(mirror);
    await until(finished(mirror));
    const controller = new AbortController();
    const response = await fetch(`${base}/api/mirror/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes(': heartbeat')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('event: cursor\ndata: {"upstreamId"');
    expect(text).toContain(`"latest":100`);
  });

  it('resumes after a restart without reading the history again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirror-restart-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const upstream = new FakeUpstream({ count: 2000, maxPageSize: 100 });
    for (const order of upstream.orders) order.order_status = 'delivered';
    let mirror = await mirrorOver(upstream, join(dir, 'm.sqlite'));
    await until(finished(mirror));
    await mirror.close();
    const before = upstream.requests.length;
    mirror = await mirrorOver(upstream, join(dir, 'm.sqlite'));
    cleanups.push(() => mirror.close());
    // Done again once the head has been compared with what is held: one page, not the history.
    await until(finished(mirror));
    expect(await mirror.status()).toMatchObject({ held: 2000, firstPassDone: true });
    await mirror.refresh();
    // The head, the open round (none open) and at most the sweep's first page: not 21 pages again.
    expect(upstream.requests.length - before).toBeLessThanOrEqual(4);
  });

  it('drops the held history when the upstream behind the same address and key lists another one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirror-reseeded-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const first = new FakeUpstream({ count: 300, maxPageSize: 100 });
    let mirror = await mirrorOver(first, join(dir, 'm.sqlite'));
    await until(finished(mirror));
    await mirror.close();
    // Reseeded while the server was down: 250 other orders, newer than any held.
    const reseeded = new FakeUpstream({ count: 250, maxPageSize: 100 });
    for (const order of reseeded.orders) order.id = `reseeded-${order.id}`;
    mirror = await mirrorOver(reseeded, join(dir, 'm.sqlite'));
    cleanups.push(() => mirror.close());
    await until(finished(mirror));
    expect(await mirror.status()).toMatchObject({ held: 250, firstPassDone: true });
    const base = await serve(mirror);
    const changes = (await (
      await fetch(`${base}/api/mirror/changes?since=0&limit=1000`)
    ).json()) as MirrorChanges;
    const ids = changes.orders.map((o) => o.id);
    expect(new Set(ids)).toEqual(new Set(reseeded.orders.map((o) => o.id)));
  });

  it('keeps serving what it holds when the upstream refuses the key', async () => {
    let refused = false;
    const upstream = new FakeUpstream({
      count: 200,
      maxPageSize: 100,
      override: () => (refused ? new Response('{}', { status: 401 }) : undefined),
    });
    const mirror = await mirrorOver(upstream);
    cleanups.push(() => mirror.close());
    const base = await serve(mirror);
    await until(finished(mirror));
    refused = true;
    await fetch(`${base}/api/mirror/refresh`, { method: 'POST' });
    const changes = (await (await fetch(`${base}/api/mirror/changes?since=0`)).json()) as MirrorChanges;
    expect(changes.orders).toHaveLength(200);
    expect(changes.status.error).toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/refused the key/),
    });
  });
});
