import { describe, expect, it } from 'vitest';
import { parseOrdersPage } from '../api/order-schema';
import { orderIndex } from './order-index';
import { rawOrder } from '../../../../core/sync/testing/fake-upstream';

describe('orderIndex', () => {
  const { orders } = parseOrdersPage({ data: { orders: [rawOrder(1), rawOrder(2)] } });

  it('looks orders up by id like a Map', () => {
    const index = orderIndex(orders);
    expect(index.get('order-2')?.order_number).toBe(2);
    expect(index.has('order-3')).toBe(false);
    expect(index.size).toBe(2);
    expect([...index.keys()]).toEqual(['order-1', 'order-2']);
  });

  it('is shared by every reader of the same list', () => {
    expect(orderIndex(orders)).toBe(orderIndex(orders));
    expect(orderIndex(orders.slice())).not.toBe(orderIndex(orders));
  });
});
