import type { Order } from '../api/order-schema';
import { compareStatuses } from '../status';
import { DEFAULT_SORT, type SortKey } from '../view-state';
import { invoiceState } from './invoice-state';
import { fold } from './search';

export const SORTABLE_COLUMNS = [
  'order_number',
  'created_at',
  'customer',
  'order_status',
  'payment_method',
  'payment_type',
  'subtotal',
  'discount',
  'shipping_fee',
  'grand_total',
  'invoices',
] as const;

export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

const SORTABLE = new Set<string>(SORTABLE_COLUMNS);

/** The sort the view means: unknown column ids are dropped, and nothing left means the default. */
export function effectiveSort(sort: readonly SortKey[]): SortKey[] {
  const known = sort.filter((key) => SORTABLE.has(key.id));
  return known.length > 0 ? known : DEFAULT_SORT;
}

const INVOICE_RANK = { none: 0, unpaid: 1, paid: 2, unknown: Number.NaN };

/** Ranks strings by folded text, so a sort compares numbers only; null and '' rank as missing (NaN). */
function rankStrings(
  values: (string | null | undefined)[],
  compare?: (a: string, b: string) => number,
): Float64Array {
  const unique = [...new Set(values.filter((v): v is string => !!v))];
  const folded = new Map(unique.map((v) => [v, fold(v)]));
  unique.sort(
    compare ?? ((a, b) => (folded.get(a)! < folded.get(b)! ? -1 : folded.get(a)! > folded.get(b)! ? 1 : 0)),
  );
  const rank = new Map(unique.map((v, i) => [v, i]));
  return Float64Array.from(values, (v) => (v ? rank.get(v)! : Number.NaN));
}

const num = (v: number | null) => (v === null ? Number.NaN : v);

/** One numeric key per order for a column; NaN marks a missing value, which always sorts last. */
export function sortKeys(orders: readonly Order[], column: SortableColumn): Float64Array {
  switch (column) {
    case 'customer':
      return rankStrings(orders.map((o) => o.contact?.display_name));
    case 'order_status':
      return rankStrings(
        orders.map((o) => o.order_status),
        compareStatuses,
      );
    case 'payment_method':
    case 'payment_type':
      return rankStrings(orders.map((o) => o[column]));
    case 'created_at':
      return Float64Array.from(orders, (o) => num(o.createdAtMs));
    case 'invoices':
      return Float64Array.from(
        orders,
        (o) => (o.invoices?.length ?? 0) * 4 + INVOICE_RANK[invoiceState(o.invoices)],
      );
    default:
      return Float64Array.from(orders, (o) => num(o[column]));
  }
}

/**
 * The permutation of `orders` for a multi-key sort: missing values last in either direction, ties kept in
 * the held order (so the sort is stable).
 */
export function sortPermutation(
  orders: readonly Order[],
  sort: readonly SortKey[],
  keysFor: (column: SortableColumn) => Float64Array = (c) => sortKeys(orders, c),
): Uint32Array {
  const spec = effectiveSort(sort).map((k) => ({
    keys: keysFor(k.id as SortableColumn),
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
