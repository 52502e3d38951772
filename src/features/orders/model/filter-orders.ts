import type { Order } from '../api/order-schema';
import type { OrdersView } from '../view-state';
import { dayRangeMs } from './date-range';
import { ordersIndex, type OrdersIndex } from './orders-index';
import { matchesSearch, parseSearch } from './search';

export type FilterOptions = {
  /** Facets and the charts count by status under every filter but the status filter. */
  ignoreStatus?: boolean;
};

/**
 * Every filter but status, as one predicate over the index's i-th order; days are the store's. The search keys
 * are read only when there is a search. Null when nothing filters, so a pass over every order can skip it.
 */
export function baseFilter(
  view: Pick<OrdersView, 'q' | 'from' | 'to' | 'payment'>,
  timeZone: string,
  index: OrdersIndex,
): ((order: Order, i: number) => boolean) | null {
  const payments = view.payment.length ? new Set(view.payment) : null;
  const { start, end } = dayRangeMs(view.from, view.to, timeZone);
  const dated = view.from !== null || view.to !== null;
  const query = parseSearch(view.q);
  if (payments === null && !dated && query === null) return null;
  const keys = query === null ? null : index.search;
  return (order: Order, i: number): boolean => {
    if (payments && !payments.has(order.payment_method ?? '')) return false;
    if (dated && (order.createdAtMs === null || order.createdAtMs < start || order.createdAtMs >= end))
      return false;
    return query === null || matchesSearch(keys![i]!, query);
  };
}

/** The orders matching the view's filters and search, in held order (sorting is the caller's choice). */
export function filterOrders(
  orders: readonly Order[],
  view: OrdersView,
  timeZone: string,
  options: FilterOptions = {},
): Order[] {
  const index = ordersIndex(orders);
  const statuses = !options.ignoreStatus && view.status.length ? new Set(view.status) : null;
  const passes = baseFilter(view, timeZone, index);
  const out: Order[] = [];
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    if (statuses && !statuses.has(order.order_status)) continue;
    if (passes === null || passes(order, i)) out.push(order);
  }
  return out;
}
