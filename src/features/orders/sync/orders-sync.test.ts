import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ordersKeys } from './orders-keys';
import { ORDERS_CHUNK, type OrdersStorage, type StoredOrders } from './orders-storage';
import { OrdersSync } from './orders-sync';
import { FakeUpstream } from '../../../../core/sync/testing/fake-upstream';

function memoryStorage(): OrdersStorage & { saved: StoredOrders | null } {
  const storage = {
    saved: null as StoredOrders | null,
    load: async () => storage.saved,
    save: async (upstreamId: string, orders: readonly unknown[], _from: number, info: object) => {
      storage.saved = { ...info, upstreamId, orders: orders.slice() } as StoredOrders;
    },
    clear: async () => {
      storage.saved = null;
    },
  };
  return storage as OrdersStorage & { saved: StoredOrders | null };
}

async function syncOnce(upstream: FakeUpstream, storage: OrdersStorage, client = new QueryClient()) {
  const sync = new OrdersSync(client, { engine: upstream.deps(), storage, batchMs: 1 });
  const data = await client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: sync.queryFn });
  return { sync, client, data };
}

afterEach(() => vi.unstubAllGlobals());

describe('OrdersSync revalidation after a reload', () => {
  it('reads only the new pages, keeps the stored orders after them, and stores the merge', async () => {
    const upstream = new FakeUpstream({ count: 1200 });
    vi.stubGlobal('fetch', upstream.fetch);
    const storage = memoryStorage();
    await syncOnce(upstream, storage);
    await vi.waitFor(() => expect(storage.saved?.orders).toHaveLength(1200));
    upstream.insert(30);
    upstream.requests.length = 0;
    const { data } = await syncOnce(upstream, storage);
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2]);
    expect(data.lastCheck).toBe('newest');
    expect(data.lastChange).toEqual({ added: 30, changed: 0 });
    expect(data.orders.map((o) => o.id)).toEqual(upstream.orders.map((o) => o.id));
    await vi.waitFor(() => expect(storage.saved?.orders).toHaveLength(1230));
  });

  it('re-reads everything on a full resync, or when the stored read was not complete', async () => {
    const upstream = new FakeUpstream({ count: 500 });
    vi.stubGlobal('fetch', upstream.fetch);
    const storage = memoryStorage();
    const { sync, client } = await syncOnce(upstream, storage);
    upstream.requests.length = 0;
    sync.fullResync();
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(upstream.requests).toHaveLength(6);
    storage.saved = { ...storage.saved!, fullAt: null };
    upstream.requests.length = 0;
    const { data } = await syncOnce(upstream, storage);
    expect(data.lastCheck).toBe('full');
    expect(upstream.requests).toHaveLength(6);
  });
});

describe('OrdersSync while pages stream in', () => {
  it('stores whole chunks while pages arrive, and only the rest when the sync ends', async () => {
    const C = ORDERS_CHUNK;
    const upstream = new FakeUpstream({ count: 2 * C + C / 2 });
    vi.stubGlobal('fetch', upstream.fetch);
    const storage = memoryStorage();
    const saves: { length: number; from: number; partial: boolean }[] = [];
    const save = storage.save;
    storage.save = async (...args) => {
      saves.push({ length: args[1].length, from: args[2], partial: args[3].syncedAt === null });
      return save(...args);
    };
    await syncOnce(upstream, storage);
    await vi.waitFor(() => expect(storage.saved?.orders).toHaveLength(2 * C + C / 2));
    expect(saves).toEqual([
      { length: C, from: 0, partial: true },
      { length: 2 * C, from: C, partial: true },
      { length: 2 * C + C / 2, from: 2 * C, partial: false },
    ]);
  });

  it('shows the counters at most every progressMs, and the final counts once done', async () => {
    const upstream = new FakeUpstream({ count: 3000 });
    const slowFetch: typeof fetch = async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return upstream.fetch(input as RequestInfo, init);
    };
    vi.stubGlobal('fetch', slowFetch);
    const client = new QueryClient();
    const published: number[] = [];
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey.join() === ordersKeys.progress().join())
        published.push((event.query.state.data as { pagesLoaded: number }).pagesLoaded);
    });
    const sync = new OrdersSync(client, {
      engine: upstream.deps(),
      storage: memoryStorage(),
      batchMs: 1,
      progressMs: 1000,
    });
    const started = Date.now();
    const data = await client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: sync.queryFn });
    const seconds = (Date.now() - started) / 1000;
    expect(data.pagesLoaded).toBeGreaterThanOrEqual(31);
    expect(published.length).toBeLessThanOrEqual(Math.ceil(seconds) + 3);
    expect(published.at(-1)).toBe(data.pagesLoaded);
  });
});

describe('OrdersSync start', () => {
  it('asks for page 1 while the stored orders are still being read, and only once', async () => {
    const upstream = new FakeUpstream({ count: 250 });
    vi.stubGlobal('fetch', upstream.fetch);
    const storage = memoryStorage();
    let release: () => void = () => undefined;
    const reading = new Promise<void>((resolve) => (release = resolve));
    storage.load = async () => {
      await reading;
      return null;
    };
    const client = new QueryClient();
    const sync = new OrdersSync(client, { engine: upstream.deps(), storage, batchMs: 1 });
    const done = client.fetchQuery({ queryKey: ordersKeys.sync(), queryFn: sync.queryFn });
    await vi.waitFor(() => expect(upstream.requests.map((r) => r.page)).toEqual([1]));
    release();
    const data = await done;
    expect(data.orders).toHaveLength(250);
    expect(upstream.requests.filter((r) => r.page === 1)).toHaveLength(1);
    expect(data.requests).toBe(upstream.requests.length);
  });
});
