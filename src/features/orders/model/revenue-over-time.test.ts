import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseOrdersPage } from '../api/order-schema';
import { aggregateOrders } from './aggregate-orders';
import { bucketStart, chooseBucketUnit, nextBucketStart, revenueOverTime } from './revenue-over-time';

// The device's zone, read at each call, so a test's stubbed TZ is the zone the days are counted in.
const device = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const orders = (...raw: Record<string, unknown>[]) =>
  parseOrdersPage({ data: { orders: raw.map((o, i) => ({ id: `o${i}`, ...o })) } }).orders;

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const order = (status: string, total: number, ms: number) => ({
  order_status: status,
  grand_total: total,
  created_at: new Date(ms).toISOString(),
});

describe('chooseBucketUnit', () => {
  it('uses days up to a month, weeks up to about four months, months beyond', () => {
    expect(chooseBucketUnit(local(2026, 4, 1), local(2026, 4, 1))).toBe('day');
    expect(chooseBucketUnit(local(2026, 4, 1), local(2026, 5, 1))).toBe('day');
    expect(chooseBucketUnit(local(2026, 4, 1), local(2026, 5, 3))).toBe('week');
    expect(chooseBucketUnit(local(2026, 1, 1), local(2026, 4, 30))).toBe('week');
    expect(chooseBucketUnit(local(2026, 1, 1), local(2026, 12, 31))).toBe('month');
  });
});

describe('bucketStart in local time', () => {
  it('starts a day at local midnight', () => {
    expect(bucketStart(local(2026, 4, 8, 23, 59), 'day', device())).toBe(local(2026, 4, 8));
    expect(bucketStart(local(2026, 4, 9, 0, 0), 'day', device())).toBe(local(2026, 4, 9));
  });

  it('starts a week on Monday, across a month and a year boundary', () => {
    // 2026-04-12 is a Sunday: it belongs to the week of Monday 6 April.
    expect(bucketStart(local(2026, 4, 12, 23, 59), 'week', device())).toBe(local(2026, 4, 6));
    expect(bucketStart(local(2026, 4, 13, 0, 0), 'week', device())).toBe(local(2026, 4, 13));
    expect(bucketStart(local(2026, 1, 2, 10), 'week', device())).toBe(local(2025, 12, 29));
  });

  it('starts a month on its first local midnight', () => {
    expect(bucketStart(local(2026, 3, 31, 23, 59), 'month', device())).toBe(local(2026, 3, 1));
    expect(bucketStart(local(2026, 4, 1, 0, 0), 'month', device())).toBe(local(2026, 4, 1));
    expect(nextBucketStart(local(2026, 12, 1), 'month', device())).toBe(local(2027, 1, 1));
  });
});

describe('bucket boundaries where days are not 24 hours long', () => {
  // Node re-reads TZ when it is assigned, so this zone applies to every Date below.
  beforeAll(() => {
    vi.stubEnv('TZ', 'Europe/Berlin');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('keeps local midnights across the spring-forward night', () => {
    expect(new Date(2026, 2, 29).getTimezoneOffset()).not.toBe(new Date(2026, 2, 30).getTimezoneOffset());
    expect(nextBucketStart(local(2026, 3, 29), 'day', device())).toBe(local(2026, 3, 30));
    expect(nextBucketStart(local(2026, 3, 29), 'day', device()) - local(2026, 3, 29)).toBe(23 * 3600e3);
    expect(bucketStart(local(2026, 3, 29, 23, 30), 'day', device())).toBe(local(2026, 3, 29));
    expect(bucketStart(local(2026, 4, 1, 0, 30), 'week', device())).toBe(local(2026, 3, 30));
  });
});

describe('revenueOverTime', () => {
  it('fills every day of the range, with per-status stacks and totals', () => {
    const aggregate = aggregateOrders(
      orders(
        order('paid', 100, local(2026, 4, 1, 9)),
        order('pending', 50, local(2026, 4, 1, 23, 59)),
        order('paid', 25, local(2026, 4, 3, 0, 0)),
        order('paid', 999, local(2026, 3, 31, 23, 59)),
      ),
      device(),
    );
    const series = revenueOverTime(aggregate, { from: '2026-04-01', to: '2026-04-03' }, device());
    expect(series.unit).toBe('day');
    expect(series.buckets.map((b) => [b.start, b.total])).toEqual([
      [local(2026, 4, 1), 150],
      [local(2026, 4, 2), 0],
      [local(2026, 4, 3), 25],
    ]);
    expect(series.buckets[0]?.byStatus.get('pending')).toBe(50);
    expect(series.statuses).toEqual(['pending', 'paid']);
  });

  it('spans the held data when no range is set and picks months for a long span', () => {
    const aggregate = aggregateOrders(
      orders(
        order('delivered', 10, local(2025, 10, 15)),
        order('refunded', 20, local(2026, 2, 28, 23, 59)),
        order('weird', 40, local(2026, 3, 1, 0, 0)),
      ),
      device(),
    );
    const series = revenueOverTime(aggregate, { from: null, to: null }, device());
    expect(series.unit).toBe('month');
    expect(series.buckets.map((b) => [b.start, b.total])).toEqual([
      [local(2025, 10, 1), 10],
      [local(2025, 11, 1), 0],
      [local(2025, 12, 1), 0],
      [local(2026, 1, 1), 0],
      [local(2026, 2, 1), 20],
      [local(2026, 3, 1), 40],
    ]);
    expect(series.statuses).toEqual(['delivered', 'refunded', 'weird']);
  });

  it('is empty without dated orders', () => {
    expect(
      revenueOverTime(aggregateOrders([], device()), { from: null, to: null }, device()).buckets,
    ).toEqual([]);
    const undated = aggregateOrders(orders({ order_status: 'paid', grand_total: 5 }), device());
    expect(revenueOverTime(undated, { from: null, to: null }, device()).buckets).toEqual([]);
  });

  it('does not draw centuries of empty months for a range far wider than the data', () => {
    const aggregate = aggregateOrders(orders(order('paid', 5, local(2026, 4, 2))), device());
    const series = revenueOverTime(aggregate, { from: '1900-01-01', to: '2026-04-30' }, device());
    expect(series.buckets.length).toBe(1);
    expect(series.buckets[0]?.total).toBe(5);
  });
});

describe('buckets in the store zone on a device elsewhere', () => {
  // A device in New York looking at a Jakarta shop: 20:00 in New York is already the next morning in Jakarta.
  const WIB = 'Asia/Jakarta';
  it('puts a late-evening order (device time) on the next store day', () => {
    const eveningNy = Date.parse('2026-04-08T00:30:00Z'); // 20:30 on 7 April in New York, 07:30 on 8 April WIB
    expect(bucketStart(eveningNy, 'day', WIB)).toBe(Date.parse('2026-04-07T17:00:00Z'));
    expect(bucketStart(eveningNy, 'week', WIB)).toBe(Date.parse('2026-04-05T17:00:00Z'));
    expect(bucketStart(eveningNy, 'month', WIB)).toBe(Date.parse('2026-03-31T17:00:00Z'));
    const aggregate = aggregateOrders(orders(order('paid', 7, eveningNy)), WIB);
    const series = revenueOverTime(aggregate, { from: '2026-04-07', to: '2026-04-08' }, WIB);
    expect(series.buckets.map((b) => b.total)).toEqual([0, 7]);
  });
});
