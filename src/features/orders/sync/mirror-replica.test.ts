import { QueryClient } from '@tanstack/react-query';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changesAskingAhead, getMirrorChanges, postMirrorRefresh } from './mirror-api';
import { MirrorReplica } from './mirror-replica';
import { describeMirrorFailure } from './mirror-words';
import { createOrdersStorage, ORDERS_CHUNK, type OrdersStorage } from './orders-storage';
import { ordersKeys } from './orders-keys';
import type { SyncSnapshot } from './sync-snapshot';
import { FakeMirror } from './testing/fake-mirror';

const api = { changes: getMirrorChanges, refresh: postMirrorRefresh };

/** A page load: a fresh QueryClient and replica over the same IndexedDB. */
async function open(mirror: FakeMirror, storage: OrdersStorage = createOrdersStorage()) {
  vi.stubGlobal('fetch', mirror.fetch);
  const client = new QueryClient();
  const replica = new MirrorReplica(client, { api, storage });
  await client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: replica.queryFn });
  const data = () => client.getQueryData<SyncSnapshot>(ordersKeys.sync())!;
  // What the sync-error line would say about the replica's failure.
  const problem = () => {
    const failure = data().mirrorFailure;
    return failure ? describeMirrorFailure(failure, data().ordersLoaded).problem : null;
  };
  return { client, replica, data, problem };
}

/** Waits until IndexedDB holds the replica up to `cursor` (writes follow the pulls). */
async function stored(storage: OrdersStorage, cursor: number) {
  await vi.waitFor(async () => expect((await storage.load())?.mirror?.cursor).toBe(cursor), 10_000);
}

const statusOf = (data: SyncSnapshot, id: string) => data.orders.find((o) => o.id === id)?.order_status;
const changeRequests = (mirror: FakeMirror) => mirror.requests.filter((r) => r.includes('/changes'));

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('the mirror replica', () => {
  it('loads everything from cursor 0 in a few large responses, then is done', async () => {
    const mirror = new FakeMirror({ count: 2500, pageLimit: 1000 });
    const { data, problem } = await open(mirror);
    expect(
      changeRequests(mirror).map((r) => new URL(r.split(' ')[1]!, 'http://x').searchParams.get('since')),
    ).toEqual(['0', '1000', '2000']);
    expect(data().orders).toHaveLength(2500);
    expect(new Set(data().orders.map((o) => o.id)).size).toBe(2500);
    expect(data().complete).toBe(true);
    expect(problem()).toBeNull();
  });

  it('asks for the next changes as soon as the headers say where they start, never twice for one cursor', async () => {
    const mirror = new FakeMirror({ count: 4500, pageLimit: 1000 });
    vi.stubGlobal('fetch', mirror.fetch);
    const client = new QueryClient();
    const applied: string[] = [];
    const changes = changesAskingAhead();
    const replica = new MirrorReplica(client, {
      api: {
        changes: (since) => (
          applied.push(`asked ${since} after ${changeRequests(mirror).length}`),
          changes(since)
        ),
        refresh: postMirrorRefresh,
      },
      storage: createOrdersStorage(),
    });
    await client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: replica.queryFn });
    const sinces = changeRequests(mirror).map((r) =>
      new URL(r.split(' ')[1]!, 'http://x').searchParams.get('since'),
    );
    expect(sinces).toEqual(['0', '1000', '2000', '3000', '4000']);
    // The replica asked for 1000 when the request for it had already gone out.
    expect(applied[1]).toMatch(/^asked 1000 after [2-9]/);
    expect(client.getQueryData<SyncSnapshot>(ordersKeys.sync())?.orders).toHaveLength(4500);
  });

  it('mid catch-up the views get the orders when grown fourfold and at the end; the count moves every response', async () => {
    const mirror = new FakeMirror({ count: 4500, pageLimit: 1000 });
    vi.stubGlobal('fetch', mirror.fetch);
    const client = new QueryClient();
    const seen: SyncSnapshot[] = [];
    client.getQueryCache().subscribe(() => {
      const data = client.getQueryData<SyncSnapshot>(ordersKeys.sync());
      if (data && data !== seen.at(-1)) seen.push(data);
    });
    const replica = new MirrorReplica(client, { api, storage: createOrdersStorage() });
    await client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: replica.queryFn });
    const swaps = [...new Set(seen.map((s) => s.orders))].map((orders) => orders.length);
    expect(swaps.filter((n) => n > 0)).toEqual([1000, 4000, 4500]);
    expect([...new Set(seen.map((s) => s.ordersLoaded))].filter((n) => n > 0)).toEqual([
      1000, 2000, 3000, 4000, 4500,
    ]);
  });

  it('after a reload shows the stored orders and asks one small question', async () => {
    const mirror = new FakeMirror({ count: 1200 });
    const storage = createOrdersStorage();
    await open(mirror, storage);
    await stored(storage, 1200);
    mirror.requests.length = 0;
    const { data } = await open(mirror, storage);
    expect(changeRequests(mirror)).toEqual([`GET /api/mirror/changes?since=1200&limit=20000`]);
    expect(data().orders).toHaveLength(1200);
    expect(data().complete).toBe(true);
  });

  it('while the rest of a large stored list is read, a status event keeps the head on screen', async () => {
    const mirror = new FakeMirror({ count: ORDERS_CHUNK + 10 });
    const storage = createOrdersStorage();
    await open(mirror, storage);
    await stored(storage, ORDERS_CHUNK + 10);
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const slow: OrdersStorage = {
      ...storage,
      load: (onHead) => storage.load(onHead).then((all) => finished.then(() => all)),
    };
    const client = new QueryClient();
    const replica = new MirrorReplica(client, { api, storage: slow });
    const loading = client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: replica.queryFn });
    const held = () => client.getQueryData<SyncSnapshot>(ordersKeys.sync())?.orders.length;
    await vi.waitFor(() => expect(held()).toBe(ORDERS_CHUNK));
    replica.onEvent(mirror.event());
    expect(held()).toBe(ORDERS_CHUNK);
    finish();
    await loading;
    expect(held()).toBe(ORDERS_CHUNK + 10);
  }, 20_000);

  it('applies a change in place and appends a new order, keeping the rest', async () => {
    const mirror = new FakeMirror({ count: 300 });
    const { replica, data } = await open(mirror);
    const before = data().orders;
    mirror.setStatus('order-7', 'paid');
    mirror.insert(2);
    replica.onEvent(mirror.event());
    await vi.waitFor(() => expect(data().orders).toHaveLength(302));
    expect(statusOf(data(), 'order-7')).toBe('paid');
    expect(data().orders.indexOf(data().orders.find((o) => o.id === 'order-7')!)).toBe(
      before.findIndex((o) => o.id === 'order-7'),
    );
    expect(data().orders.at(-1)?.id).toBe('order-302');
  });

  it('drops an order the mirror says the upstream no longer lists, here and in what a reload reads', async () => {
    const mirror = new FakeMirror({ count: ORDERS_CHUNK + 10 });
    const storage = createOrdersStorage();
    const first = await open(mirror, storage);
    mirror.remove('order-5');
    mirror.remove(`order-${ORDERS_CHUNK + 3}`);
    first.replica.onEvent(mirror.event());
    await vi.waitFor(() => expect(first.data().orders).toHaveLength(ORDERS_CHUNK + 8));
    const ids = first.data().orders.map((o) => o.id);
    expect(ids).not.toContain('order-5');
    expect(ids).toContain('order-6');
    await stored(storage, mirror.latest);
    expect((await storage.load())?.orders.map((o) => o.id)).toEqual(ids);
    mirror.requests.length = 0;
    const again = await open(mirror, storage);
    expect(again.data().orders.map((o) => o.id)).toEqual(ids);
    expect(changeRequests(mirror)).toHaveLength(1);
  });

  it('keeps the cursor across reloads, so a later reload brings only what changed meanwhile', async () => {
    const mirror = new FakeMirror({ count: 100 });
    const storage = createOrdersStorage();
    const first = await open(mirror, storage);
    mirror.setStatus('order-3', 'shipped');
    first.replica.onEvent(mirror.event());
    await vi.waitFor(() => expect(statusOf(first.data(), 'order-3')).toBe('shipped'));
    await stored(storage, 101);
    mirror.setStatus('order-4', 'delivered');
    mirror.requests.length = 0;
    const { data } = await open(mirror, storage);
    expect(changeRequests(mirror)).toEqual([`GET /api/mirror/changes?since=101&limit=20000`]);
    expect(statusOf(data(), 'order-3')).toBe('shipped');
    expect(statusOf(data(), 'order-4')).toBe('delivered');
    expect(data().orders).toHaveLength(100);
  });

  it('drops the replica and starts from 0 when the mirror has a new epoch', async () => {
    const mirror = new FakeMirror({ count: 50 });
    const storage = createOrdersStorage();
    await open(mirror, storage);
    await stored(storage, 50);
    mirror.restart('epoch-2');
    mirror.requests.length = 0;
    const { data } = await open(mirror, storage);
    expect(changeRequests(mirror).map((r) => r.split('?')[1])).toEqual([
      'since=50&limit=20000',
      'since=0&limit=1000',
    ]);
    expect(data().orders).toHaveLength(50);
    await vi.waitFor(async () =>
      expect((await storage.load())?.mirror).toEqual({ epoch: 'epoch-2', cursor: 50 }),
    );
  });

  it('is done only once the mirror has read the whole history and the browser holds all of it', async () => {
    const mirror = new FakeMirror({ count: 40, firstPassDone: false });
    const { replica, data, client } = await open(mirror);
    expect(data().complete).toBe(false);
    mirror.insert(10);
    mirror.status.firstPassDone = true;
    // The status says the first pass is done, but 10 orders are still to pull: not done until they are held.
    replica.onEvent(mirror.event());
    expect(data().complete).toBe(false);
    await vi.waitFor(() => expect(data().complete).toBe(true));
    expect(data().orders).toHaveLength(50);
    expect(client.getQueryData(ordersKeys.mirror())).toMatchObject({ cursor: 50, latest: 50 });
  });

  it('says what stopped when the mirror reports an error or its routes fail, keeping the held orders', async () => {
    const mirror = new FakeMirror({ count: 20 });
    const { replica, data, problem } = await open(mirror);
    mirror.status.error = { kind: 'auth', message: 'Cekat refused the API key.', at: 1 };
    replica.onEvent(mirror.event());
    expect(problem()).toContain('the Cekat API refused the key');
    mirror.status.error = null;
    mirror.failWith = 502;
    mirror.insert(1);
    replica.onEvent(mirror.event());
    await vi.waitFor(() => expect(problem()).toContain('HTTP 502'));
    expect(data().orders).toHaveLength(20);
    mirror.failWith = null;
    await replica.refresh();
    expect(problem()).toBeNull();
    expect(data().orders).toHaveLength(21);
  });

  it('Refresh asks the mirror to check now, then holds what that found and says how much changed', async () => {
    const mirror = new FakeMirror({ count: 30 });
    const { replica, data } = await open(mirror);
    mirror.onRefresh = () => {
      mirror.insert(3);
      mirror.setStatus('order-1', 'cancelled');
    };
    const refreshing = replica.refresh();
    expect(data().refreshing).toBe(true);
    await refreshing;
    expect(data().refreshing).toBe(false);
    expect(data().orders).toHaveLength(33);
    expect(statusOf(data(), 'order-1')).toBe('cancelled');
    expect(data().lastChange).toEqual({ added: 3, changed: 1 });
    expect(mirror.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /api/mirror/refresh']);
  });

  it('says nothing of changes after a Refresh the mirror answered while it waits out a long rate limit', async () => {
    const mirror = new FakeMirror({ count: 30 });
    const { replica, data } = await open(mirror);
    await replica.refresh();
    expect(data().lastChange).toEqual({ added: 0, changed: 0 });
    mirror.status.waitingUntil = Date.now() + 3_600_000;
    await replica.refresh();
    expect(data().lastChange).toBeNull();
  });
});
