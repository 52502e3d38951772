import { describe, expect, it } from 'vitest';
import { parseOrdersPage } from '../orders/order-schema.ts';
import { diffOrders, OrderCollection } from './order-collection.ts';

const orders = (...list: object[]) => parseOrdersPage({ data: { orders: list } }).orders;

describe('OrderCollection', () => {
  it('deduplicates by id, the latest copy winning in place', () => {
    const collection = new OrderCollection();
    expect(collection.merge(orders({ id: 'a', order_status: 'pending' }, { id: 'b' }))).toEqual({
      added: 2,
      replaced: 0,
    });
    expect(collection.merge(orders({ id: 'a', order_status: 'paid' }, { id: 'c' }))).toEqual({
      added: 1,
      replaced: 1,
    });
    expect(collection.snapshot().map((o) => [o.id, o.order_status])).toEqual([
      ['a', 'paid'],
      ['b', ''],
      ['c', ''],
    ]);
  });

  it('keeps the snapshot identity until something changes', () => {
    const collection = OrderCollection.from(orders({ id: 'a' }));
    const first = collection.snapshot();
    expect(collection.snapshot()).toBe(first);
    collection.merge(orders({ id: 'b' }));
    expect(collection.snapshot()).not.toBe(first);
  });

  it('tracks the lowest changed position for incremental persistence', () => {
    const collection = OrderCollection.from(orders({ id: 'a' }, { id: 'b' }));
    expect(collection.takeDirtyFrom()).toBeNull();
    collection.merge(orders({ id: 'c' }));
    collection.merge(orders({ id: 'b', order_status: 'paid' }));
    expect(collection.takeDirtyFrom()).toBe(1);
    expect(collection.takeDirtyFrom()).toBeNull();
  });

  it('counts new and changed orders of a refresh', () => {
    const before = new Map(
      orders({ id: 'a', grand_total: 1 }, { id: 'b', contact: { id: 'x' } }).map((o) => [o.id, o]),
    );
    const after = orders({ id: 'a', grand_total: 2 }, { id: 'b', contact: { id: 'x' } }, { id: 'c' });
    expect(diffOrders(before, after)).toEqual({ added: 1, changed: 1 });
  });
});
