import { describe, expect, it } from 'vitest';
import { parseOrdersPage } from '../api/order-schema';
import { aggregateOrders } from './aggregate-orders';
import { revenueHeadline } from './revenue-headline';

// The device's zone, read at each call, so a test's stubbed TZ is the zone the days are counted in.
const device = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const orders = (...raw: Record<string, unknown>[]) =>
  parseOrdersPage({ data: { orders: raw.map((o, i) => ({ id: `o${i}`, ...o })) } }).orders;

describe('revenueHeadline', () => {
  it('groups gross, collected, open and lost; unknown statuses count only in gross', () => {
    const { byStatus } = aggregateOrders(
      orders(
        { order_status: 'pending', grand_total: 1 },
        { order_status: 'paid', grand_total: 2 },
        { order_status: 'processing', grand_total: 4 },
        { order_status: 'shipped', grand_total: 8 },
        { order_status: 'delivered', grand_total: 16 },
        { order_status: 'cancelled', grand_total: 32 },
        { order_status: 'refunded', grand_total: 64 },
        { order_status: 'on_hold', grand_total: 128 },
      ),
      device(),
    );
    expect(revenueHeadline(byStatus)).toEqual({
      gross: { count: 8, revenue: 255 },
      collected: { count: 4, revenue: 30 },
      open: { count: 1, revenue: 1 },
      lost: { count: 2, revenue: 96 },
    });
  });

  it('is all zeros for no orders', () => {
    const zero = { count: 0, revenue: 0 };
    expect(revenueHeadline([])).toEqual({ gross: zero, collected: zero, open: zero, lost: zero });
  });
});
