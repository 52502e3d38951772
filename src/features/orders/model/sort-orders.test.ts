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

  it('orders many keys with ties, gaps, zeros of both signs and infinities as a stable comparison sort would', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pool = [Number.NaN, -0, 0, 1, 2.5, -3, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e12];
    const n = 2000;
    const columns = { a: new Float64Array(n), b: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      columns.a[i] = pool[Math.floor(random() * pool.length)]!;
      const r = random();
      columns.b[i] =
        r < 0.4
          ? pool[Math.floor(random() * pool.length)]!
          : r < 0.7
            ? Math.round(random() * 50)
            : (random() - 0.5) * 10 ** Math.floor(random() * 14 - 4);
    }
    const many = Array.from({ length: n }, (_, i) => makeOrder({ id: `o${i}` }));
    const sort = [
      { id: 'grand_total', desc: true },
      { id: 'order_number', desc: false },
    ];
    const keysFor = (column: string) => (column === 'grand_total' ? columns.a : columns.b);
    const compare = (keys: Float64Array, desc: boolean, i: number, j: number) => {
      const [x, y] = [keys[i]!, keys[j]!];
      if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
      return x === y ? 0 : (x < y ? -1 : 1) * (desc ? -1 : 1);
    };
    const expected = Array.from({ length: n }, (_, i) => i).sort(
      (i, j) => compare(columns.a, true, i, j) || compare(columns.b, false, i, j) || i - j,
    );
    expect([...sortPermutation(many, sort, keysFor)]).toEqual(expected);
  });

  it('falls back to newest first for unknown columns', () => {
    expect(effectiveSort([{ id: 'nope', desc: false }])).toEqual([{ id: 'created_at', desc: true }]);
  });
});
