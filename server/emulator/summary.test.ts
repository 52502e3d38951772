import { describe, expect, it } from 'vitest';
import { generateOrders } from './generate.ts';
import { amountOf, MISSING_STATUS, summarize } from './summary.ts';

describe('summarize', () => {
  it('counts and sums grand_total exactly per status, parsing strings and zeroing junk', () => {
    const figures = summarize([
      { order_status: 'paid', grand_total: 273500 },
      { order_status: 'paid', grand_total: '100000' },
      { order_status: 'on_hold', grand_total: null },
      { order_status: 'on_hold', grand_total: 'Rp 5.000' },
      { order_status: 'delivered' },
      { grand_total: 1000 },
      null,
    ]);
    expect(figures).toEqual({
      count: 7,
      totalRevenue: 374500,
      byStatus: {
        paid: { count: 2, revenue: 373500 },
        on_hold: { count: 2, revenue: 0 },
        delivered: { count: 1, revenue: 0 },
        [MISSING_STATUS]: { count: 2, revenue: 1000 },
      },
    });
  });

  it('parses amounts the way the dashboard must', () => {
    expect([
      amountOf(5),
      amountOf(' 42 '),
      amountOf(''),
      amountOf('x'),
      amountOf(NaN),
      amountOf(undefined),
    ]).toEqual([5, 42, 0, 0, 0, 0]);
  });

  it('agrees with a hand sum over generated awkward data', () => {
    const orders = generateOrders({
      count: 3000,
      seed: 11,
      anchor: new Date('2026-01-01T00:00:00Z'),
      awkward: 0.3,
    });
    const figures = summarize(orders);
    let total = 0;
    for (const o of orders) total += o.grand_total === null ? 0 : Number(o.grand_total);
    expect(figures.totalRevenue).toBe(total);
    expect(Number.isSafeInteger(figures.totalRevenue)).toBe(true);
    expect(Object.values(figures.byStatus).reduce((n, s) => n + s.count, 0)).toBe(3000);
    expect(Object.keys(figures.byStatus)).toEqual(expect.arrayContaining(['on_hold', 'delivered']));
  });
});
