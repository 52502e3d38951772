import type { Order } from '../api/order-schema';
import { orderColumn } from '../order-columns';
import { DEFAULT_SORT, type SortKey } from '../view-state';

/** The sort the view means: unknown column ids are dropped, and nothing left means the default. */
export function effectiveSort(sort: readonly SortKey[]): SortKey[] {
  const known = sort.filter((key) => orderColumn(key.id));
  return known.length > 0 ? known : DEFAULT_SORT;
}

/** A column's sort keys over these orders (see `OrderColumn.sortKey`). */
export const sortKeys = (orders: readonly Order[], column: string): Float64Array =>
  orderColumn(column)!.sortKey(orders);

// A number's bits, read as two unsigned words: the radix sort below orders numbers by them.
const number = new Float64Array(1);
const words = new Uint32Array(number.buffer);
number[0] = 1;
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;
const digitCounts = new Uint32Array(0x10001);

/**
 * `order` re-ordered by `keys` (indexed by order position), ascending or descending, missing (NaN) last either
 * way, ties in the order given. A least-significant-digit radix sort over each number's bits made sortable
 * (negatives inverted, positives' sign bit set), 16 bits a pass, passes where every digit agrees skipped:
 * 100,000 orders take a few milliseconds, where a comparator sort took 40.
 */
function stableByKey(order: Uint32Array, keys: Float64Array, descending: boolean): Uint32Array<ArrayBuffer> {
  const n = order.length;
  let items = new Uint32Array(n);
  let high = new Uint32Array(n);
  let low = new Uint32Array(n);
  const missing: number[] = [];
  const flip = descending ? 0xffffffff : 0;
  let m = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const key = keys[i]!;
    if (key !== key) {
      missing.push(i);
      continue;
    }
    number[0] = key === 0 ? 0 : key; // -0 and 0 tie, as they compare equal
    const negative = (words[HIGH]! & 0x80000000) !== 0;
    items[m] = i;
    high[m] = (negative ? ~words[HIGH]! : words[HIGH]! | 0x80000000) ^ flip;
    low[m] = (negative ? ~words[LOW]! : words[LOW]!) ^ flip;
    m++;
  }
  let nextItems = new Uint32Array(m);
  let nextHigh = new Uint32Array(m);
  let nextLow = new Uint32Array(m);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    digitCounts.fill(0);
    for (let p = 0; p < m; p++) digitCounts[((source[p]! >>> shift) & 0xffff) + 1]!++;
    if (digitCounts.includes(m)) continue;
    for (let d = 1; d < digitCounts.length; d++) digitCounts[d]! += digitCounts[d - 1]!;
    for (let p = 0; p < m; p++) {
      const at = digitCounts[(source[p]! >>> shift) & 0xffff]!++;
      nextItems[at] = items[p]!;
      nextHigh[at] = high[p]!;
      nextLow[at] = low[p]!;
    }
    [items, nextItems] = [nextItems, items];
    [high, nextHigh] = [nextHigh, high];
    [low, nextLow] = [nextLow, low];
  }
  const sorted = new Uint32Array(n);
  sorted.set(items.subarray(0, m));
  sorted.set(missing, m);
  return sorted;
}

/**
 * The permutation of `orders` for a multi-key sort: missing values last in either direction, ties kept in
 * the held order (so the sort is stable). Sorted by the last key first, then stably by each earlier one.
 */
export function sortPermutation(
  orders: readonly Order[],
  sort: readonly SortKey[],
  keysFor: (column: string) => Float64Array = (c) => sortKeys(orders, c),
): Uint32Array {
  let perm = new Uint32Array(orders.length);
  for (let i = 0; i < perm.length; i++) perm[i] = i;
  for (const key of [...effectiveSort(sort)].reverse()) perm = stableByKey(perm, keysFor(key.id), key.desc);
  return perm;
}
