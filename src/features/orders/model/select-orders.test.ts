import { parseOrdersView } from '../view-state';
import { makeOrder } from './fixtures';
import { filterOrders } from './filter-orders';
import { ordersIndex } from './orders-index';
import { paymentOptions, selectOrders } from './select-orders';

// The device's zone, read at each call, so a test's stubbed TZ is the zone the days are counted in.
const device = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const day = (d: string) => new Date(`${d}T10:00:00`).getTime();
const orders = [
  makeOrder({
    id: 'a',
    order_status: 'pending',
    grand_total: 100,
    createdAtMs: day('2026-04-01'),
    payment_method: 'xendit',
  }),
  makeOrder({
    id: 'b',
    order_status: 'paid',
    grand_total: 200,
    createdAtMs: day('2026-04-02'),
    payment_method: 'cod',
  }),
  makeOrder({
    id: 'c',
    order_status: 'paid',
    grand_total: null,
    createdAtMs: day('2026-04-03'),
    payment_method: null,
  }),
  makeOrder({
    id: 'd',
    order_status: 'on_hold',
    grand_total: 50,
    createdAtMs: null,
    payment_method: 'xendit',
  }),
];
const select = (search: string) => selectOrders(ordersIndex(orders), parseOrdersView(search), device());
const count = (search: string, status: string) =>
  select(search).facets.find((f) => f.status === status)?.count;

describe('selectOrders', () => {
  it('shows everything newest first by default, missing dates last', () => {
    const result = select('');
    expect(result.rows.map((o) => o.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(result.totalGrandTotal).toBe(350);
  });

  it('filters by several statuses and sums only what matches', () => {
    const result = select('?status=paid,on_hold');
    expect(result.rows.map((o) => o.id)).toEqual(['c', 'b', 'd']);
    expect(result.totalGrandTotal).toBe(250);
  });

  it('counts every status under the other filters, ignoring the status filter', () => {
    expect(count('?status=pending', 'paid')).toBe(2);
    expect(count('?payment=xendit', 'paid')).toBe(0);
    expect(count('?payment=xendit', 'on_hold')).toBe(1);
    expect(count('', 'refunded')).toBe(0);
    expect(count('?status=ghost', 'ghost')).toBe(0);
  });

  it('filters by an inclusive local date range', () => {
    expect(select('?from=2026-04-02&to=2026-04-02').rows.map((o) => o.id)).toEqual(['b']);
    expect(select('?from=2026-04-02').rows.map((o) => o.id)).toEqual(['c', 'b']);
  });

  it('treats a missing payment method as its own value', () => {
    expect(paymentOptions(orders)).toEqual([
      { value: 'xendit', count: 2 },
      { value: 'cod', count: 1 },
      { value: '', count: 1 },
    ]);
  });
});

describe('filterOrders', () => {
  it('keeps held order and can ignore the status filter', () => {
    const view = parseOrdersView('?status=paid&payment=xendit');
    expect(filterOrders(orders, view, device()).map((o) => o.id)).toEqual([]);
    expect(filterOrders(orders, view, device(), { ignoreStatus: true }).map((o) => o.id)).toEqual(['a', 'd']);
  });
});
