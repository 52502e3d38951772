import { makeOrder } from './fixtures';
import { effectiveSort, sortPermutation } from './sort-orders';

const orders = [
  makeOrder({
    id: 'a',
    order_number: 1,
    grand_total: 300,
    contact: { id: null, display_name: 'budi', phone_number: null },
  }),
  makeOrder({
    id: 'b',
    order_number: 2,
    grand_total: null,
    contact: { id: null, display_name: 'Ani', phone_number: null },
  }),
  makeOrder({ id: 'c', order_number: 3, grand_total: 100, order_status: 'paid', contact: null }),
  makeOrder({
    id: 'd',
    order_number: 4,
    grand_total: 300,
    order_status: 'weird',
    contact: { id: null, display_name: 'Ádi', phone_number: null },
  }),
];
const ids = (sort: { id: string; desc: boolean }[]) =>
  [...sortPermutation(orders, sort)].map((i) => orders[i]!.id);

describe('sortPermutation', () => {
  it('sorts ascending and descending with missing values last both ways', () => {
    expect(ids([{ id: 'grand_total', desc: false }])).toEqual(['c', 'a', 'd', 'b']);
    expect(ids([{ id: 'grand_total', desc: true }])).toEqual(['a', 'd', 'c', 'b']);
  });

  it('is stable: ties keep the held order', () => {
    expect(ids([{ id: 'order_status', desc: false }])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('uses later keys to break ties', () => {
    expect(
      ids([
        { id: 'grand_total', desc: true },
        { id: 'order_number', desc: true },
      ]),
    ).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts names case- and accent-insensitively, missing names last', () => {
    expect(ids([{ id: 'customer', desc: false }])).toEqual(['d', 'b', 'a', 'c']);
  });

  it('orders statuses by lifecycle, unknown ones after the documented ones', () => {
    expect(ids([{ id: 'order_status', desc: true }])).toEqual(['d', 'c', 'a', 'b']);
  });

  it('falls back to newest first for unknown columns', () => {
    expect(effectiveSort([{ id: 'nope', desc: false }])).toEqual([{ id: 'created_at', desc: true }]);
  });
});
