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

/**
 * The permutation of `orders` for a multi-key sort: missing values last in either direction, ties kept in
 * the held order (so the sort is stable).
 */
export function sortPermutation(
  orders: readonly Order[],
  sort: readonly SortKey[],
  keysFor: (column: string) => Float64Array = (c) => sortKeys(orders, c),
): Uint32Array {
  const spec = effectiveSort(sort).map((k) => ({
    keys: keysFor(k.id),
    dir: k.desc ? -1 : 1,
  }));
  const perm = new Uint32Array(orders.length);
  for (let i = 0; i < perm.length; i++) perm[i] = i;
  return perm.sort((i, j) => {
    for (const { keys, dir } of spec) {
      const a = keys[i]!;
      const b = keys[j]!;
      if (a !== a) {
        if (b !== b) continue;
        return 1;
      }
      if (b !== b) return -1;
      if (a !== b) return a < b ? -dir : dir;
    }
    return i - j;
  });
}
