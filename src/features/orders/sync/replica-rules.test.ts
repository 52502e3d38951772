import { describe, expect, it } from 'vitest';
import type { Order } from '../api/order-schema';
import { ORDERS_CHUNK } from './orders-storage';
import { HeldOrders, replicaComplete } from './replica-rules';
import { FakeMirror } from './testing/fake-mirror';

const order = (id: string, status = 'pending') => ({ id, order_status: status }) as Order;

describe('replica rules', () => {
  it('is complete only at the latest change of a mirror that has read the whole history', () => {
    const status = new FakeMirror().status;
    expect(replicaComplete(10, 10, status)).toBe(true);
    expect(replicaComplete(9, 10, status)).toBe(false);
    expect(replicaComplete(10, 10, { ...status, firstPassDone: false })).toBe(false);
  });

  it('keeps each order at its place, so a change dirties only its own chunk', () => {
    const held = new HeldOrders(Array.from({ length: 2 * ORDERS_CHUNK + 10 }, (_, i) => order(`o${i}`)));
    expect(held.takeDirtyChunks()).toEqual([]);
    const before = held.orders;
    expect(held.apply([order(`o${ORDERS_CHUNK + 1}`, 'paid'), order('new')])).toEqual({
      added: 1,
      changed: 1,
    });
    expect(held.orders).not.toBe(before);
    expect(held.orders[ORDERS_CHUNK + 1]?.order_status).toBe('paid');
    expect(held.orders.at(-1)?.id).toBe('new');
    expect(held.takeDirtyChunks().sort()).toEqual([1, 2]);
  });
});
