import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseOrdersPage, type Order } from '../api/order-schema';
import { aggregateOrders, dayBounds } from './aggregate-orders';

// The device's zone, read at each call, so a test's stubbed TZ is the zone the days are counted in.
const device = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Orders made the way the app gets them: through the API schema, so strings and nulls are normalised. */
function orders(...raw: Record<string, unknown>[]): Order[] {
  return parseOrdersPage({ data: { orders: raw.map((o, i) => ({ id: `o${i}`, ...o })) } }).orders;
}

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

describe('aggregateOrders', () => {
  it('sums exact counts and revenue per status in lifecycle order', () => {
    const result = aggregateOrders(
      orders(
        { order_status: 'delivered', grand_total: 273_500, created_at: at(2026, 4, 8) },
        { order_status: 'pending', grand_total: 100_001, created_at: at(2026, 4, 8) },
        { order_status: 'paid', grand_total: 99_999, created_at: at(2026, 4, 9) },
        { order_status: 'pending', grand_total: 1, created_at: at(2026, 4, 10) },
      ),
      device(),
    );
    expect(result.byStatus).toEqual([
      { status: 'pending', count: 2, revenue: 100_002 },
      { status: 'paid', count: 1, revenue: 99_999 },
      { status: 'delivered', count: 1, revenue: 273_500 },
    ]);
    expect(result.count).toBe(4);
    expect(result.revenue).toBe(473_501);
  });

  it('counts unknown statuses under themselves, after the documented ones', () => {
    const result = aggregateOrders(
      orders(
        { order_status: 'on_hold', grand_total: 5 },
        { order_status: 'refunded', grand_total: 7 },
        { order_status: 'awaiting_pickup', grand_total: 11 },
        { order_status: null, grand_total: 13 },
      ),
      device(),
    );
    expect(result.byStatus.map((s) => s.status)).toEqual(['refunded', '', 'awaiting_pickup', 'on_hold']);
    expect(result.byStatus.find((s) => s.status === 'on_hold')).toEqual({
      status: 'on_hold',
      count: 1,
      revenue: 5,
    });
  });

  it('reads amounts that came as strings and counts a missing or unreadable total as 0', () => {
    const result = aggregateOrders(
      orders(
        { order_status: 'paid', grand_total: '150000' },
        { order_status: 'paid', grand_total: ' 2500 ' },
        { order_status: 'paid', grand_total: null },
        { order_status: 'paid' },
        { order_status: 'paid', grand_total: 'n/a' },
      ),
      device(),
    );
    expect(result.byStatus).toEqual([{ status: 'paid', count: 5, revenue: 152_500 }]);
  });

  it('is empty for no orders', () => {
    const result = aggregateOrders([], device());
    expect(result).toMatchObject({
      byStatus: [],
      count: 0,
      revenue: 0,
      undated: 0,
      firstMs: null,
      lastMs: null,
    });
    expect(result.days.size).toBe(0);
  });

  it('groups revenue by local calendar day, including the last second before midnight', () => {
    const result = aggregateOrders(
      orders(
        { order_status: 'paid', grand_total: 10, created_at: new Date(2026, 3, 8, 0, 0, 0).toISOString() },
        { order_status: 'paid', grand_total: 20, created_at: new Date(2026, 3, 8, 23, 59, 59).toISOString() },
        { order_status: 'pending', grand_total: 40, created_at: new Date(2026, 3, 9, 0, 0, 0).toISOString() },
        { order_status: 'paid', grand_total: 80, created_at: new Date(2026, 3, 8, 12).toISOString() },
        { order_status: 'paid', grand_total: 160, created_at: 'not a date' },
      ),
      device(),
    );
    const day8 = new Date(2026, 3, 8).getTime();
    const day9 = new Date(2026, 3, 9).getTime();
    expect([...result.days.keys()].sort()).toEqual([day8, day9]);
    expect(result.days.get(day8)?.get('paid')).toBe(110);
    expect(result.days.get(day9)?.get('pending')).toBe(40);
    expect(result.undated).toBe(1);
    expect(result.firstMs).toBe(day8);
    expect(result.lastMs).toBe(day9);
  });
});

describe('local days out of time order', () => {
  beforeAll(() => {
    vi.stubEnv('TZ', 'Asia/Kolkata');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('puts every order in its own local day, whatever the order and a half-hour offset', () => {
    const times = [31, 2, 17, 45, 8, 29, 1, 40].map((h) => new Date(2026, 3, 8, h, 45).getTime());
    const result = aggregateOrders(
      orders(
        ...times.map((ms, i) => ({
          order_status: 'paid',
          grand_total: i + 1,
          created_at: new Date(ms).toISOString(),
        })),
      ),
      device(),
    );
    const expected = new Map<number, number>();
    times.forEach((ms, i) => {
      const start = dayBounds(ms, device())[0];
      expect(new Date(start).getHours()).toBe(0);
      expected.set(start, (expected.get(start) ?? 0) + i + 1);
    });
    expect(new Map([...result.days].map(([start, byStatus]) => [start, byStatus.get('paid')]))).toEqual(
      expected,
    );
  });
});

describe('dayBounds', () => {
  it('gives local midnight and the next local midnight', () => {
    expect(dayBounds(new Date(2026, 0, 31, 18, 30).getTime(), device())).toEqual([
      new Date(2026, 0, 31).getTime(),
      new Date(2026, 1, 1).getTime(),
    ]);
  });
});
