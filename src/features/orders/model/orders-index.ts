import type { Order } from '../api/order-schema';
import type { SortKey } from '../view-state';
import { searchKeys, type SearchKeys } from './search';
import { serializeSort } from '../view-state';
import { effectiveSort, sortKeys, sortPermutation } from './sort-orders';

/** Everything worth computing once per held-orders array, so each interaction is one linear pass. */
export type OrdersIndex = {
  orders: readonly Order[];
  /**
   * Folded in idle slices after the index is made, and whatever is left on first read (a search): folding
   * 100,000 names at once held a load or a reload up for a fifth of a second.
   */
  readonly search: SearchKeys[];
  /** Each order's grand total (0 when missing), so sums never touch the orders themselves. */
  grandTotal: Float64Array;
  /** Each order's status as an index into `statuses`. */
  statusCode: Uint16Array;
  statuses: string[];
  permutation: (sort: readonly SortKey[]) => Uint32Array;
};

const indexes = new WeakMap<readonly Order[], OrdersIndex>();

/** Runs `step` up to `total` in slices of idle time (where the browser has `requestIdleCallback`). */
function warmWhenIdle(total: number, done: () => number, step: (until: number) => void): void {
  if (typeof requestIdleCallback !== 'function') return;
  const slice = (deadline: IdleDeadline) => {
    while (done() < total && deadline.timeRemaining() > 2) step(Math.min(total, done() + 500));
    if (done() < total) requestIdleCallback(slice);
  };
  requestIdleCallback(slice);
}

function buildIndex(orders: readonly Order[]): OrdersIndex {
  const statuses: string[] = [];
  const codes = new Map<string, number>();
  const statusCode = new Uint16Array(orders.length);
  const grandTotal = new Float64Array(orders.length);
  orders.forEach((order, i) => {
    grandTotal[i] = order.grand_total ?? 0;
    let code = codes.get(order.order_status);
    if (code === undefined) {
      code = statuses.push(order.order_status) - 1;
      codes.set(order.order_status, code);
    }
    statusCode[i] = code;
  });
  const keys = new Map<string, Float64Array>();
  const keysFor = (column: string) => {
    let k = keys.get(column);
    if (!k) keys.set(column, (k = sortKeys(orders, column)));
    return k;
  };
  const permutations = new Map<string, Uint32Array>();
  const search: SearchKeys[] = [];
  const fold = (until: number) => {
    for (let i = search.length; i < until; i++) search.push(searchKeys(orders[i]!));
  };
  warmWhenIdle(orders.length, () => search.length, fold);
  return {
    orders,
    get search() {
      fold(orders.length);
      return search;
    },
    grandTotal,
    statusCode,
    statuses,
    permutation(sort) {
      const id = serializeSort(effectiveSort(sort));
      let perm = permutations.get(id);
      if (!perm) {
        perm = sortPermutation(orders, sort, keysFor);
        // A few recent sorts are enough to make flipping between them instant.
        if (permutations.size >= 4) permutations.delete(permutations.keys().next().value!);
        permutations.set(id, perm);
      }
      return perm;
    },
  };
}

export function ordersIndex(orders: readonly Order[]): OrdersIndex {
  let index = indexes.get(orders);
  if (!index) indexes.set(orders, (index = buildIndex(orders)));
  return index;
}
