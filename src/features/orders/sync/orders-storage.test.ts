import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../api/order-schema';
import { createOrdersStorage, ORDERS_CHUNK, readingAhead } from './orders-storage';

const orders = (count: number, tag = 'a') =>
  Array.from({ length: count }, (_, i) => ({ id: `${tag}-${i}`, order_number: i }) as unknown as Order);
const ids = (list: readonly Order[] | undefined) => list?.map((o) => o.id);
const done = { syncedAt: 1, fullAt: 1, newestFirst: true };

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('orders storage (IndexedDB)', () => {
  it('gives back what a sync stored chunk by chunk, newest chunk first to show at once', async () => {
    const storage = createOrdersStorage();
    const all = orders(2 * ORDERS_CHUNK + 123);
    await storage.save('up-1', all.slice(0, ORDERS_CHUNK), 0, { syncedAt: null });
    await storage.save('up-1', all.slice(0, 2 * ORDERS_CHUNK), ORDERS_CHUNK, { syncedAt: null });
    await storage.save('up-1', all, 2 * ORDERS_CHUNK, done);

    const head = vi.fn();
    const loaded = await createOrdersStorage().load(head);
    expect(ids(loaded?.orders)).toEqual(ids(all));
    expect(loaded).toMatchObject({ upstreamId: 'up-1', ...done });
    expect(ids(head.mock.calls[0]?.[0].orders)).toEqual(ids(all.slice(0, ORDERS_CHUNK)));
  });

  it('marks a list stored mid-sync as partial', async () => {
    const storage = createOrdersStorage();
    await storage.save('up-1', orders(ORDERS_CHUNK), 0, { syncedAt: null, fullAt: null });
    expect(await storage.load()).toMatchObject({ syncedAt: null, fullAt: null });
  });

  it('drops chunks a shorter list no longer has', async () => {
    const storage = createOrdersStorage();
    await storage.save('up-1', orders(3 * ORDERS_CHUNK), 0, done);
    await storage.save('up-1', orders(10, 'b'), 0, done);
    expect(ids((await storage.load())?.orders)).toEqual(ids(orders(10, 'b')));
  });

  it('keeps each upstream apart and loads the last one used', async () => {
    const storage = createOrdersStorage();
    await storage.save('up-1', orders(20, 'a'), 0, done);
    await storage.save('up-2', orders(5, 'b'), 0, done);
    const loaded = await storage.load();
    expect(loaded?.upstreamId).toBe('up-2');
    expect(ids(loaded?.orders)).toEqual(ids(orders(5, 'b')));
  });

  it('forgets everything on clear', async () => {
    const storage = createOrdersStorage();
    await storage.save('up-1', orders(20), 0, done);
    await storage.clear();
    expect(await storage.load()).toBeNull();
  });

  it('reads ahead: the first load gets the read begun before it, with its head even if that came first', async () => {
    const all = orders(2 * ORDERS_CHUNK + 7);
    await createOrdersStorage().save('up-1', all, 0, done);
    const base = createOrdersStorage();
    let headRead = () => {};
    const headArrived = new Promise<void>((resolve) => (headRead = resolve));
    const storage = readingAhead({
      ...base,
      load: (onHead) => base.load((first) => (onHead?.(first), headRead())),
    });
    await headArrived;
    const head = vi.fn();
    expect(ids((await storage.load(head))?.orders)).toEqual(ids(all));
    expect(ids(head.mock.calls[0]?.[0].orders)).toEqual(ids(all.slice(0, ORDERS_CHUNK)));

    await storage.save('up-1', orders(3, 'b'), 0, done);
    expect(ids((await storage.load())?.orders)).toEqual(ids(orders(3, 'b')));
  });
});
