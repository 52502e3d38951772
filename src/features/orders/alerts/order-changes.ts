import type { Order } from '../api/order-schema';
import { orderIndex } from '../sync/order-index';

/** What the held orders looked like when last compared: each order (so its status then) by id. */
export type OrdersBaseline = ReadonlyMap<string, Pick<Order, 'order_status'>>;

export type OrderArrivals = {
  /** Orders not held before (whatever their status). */
  created: Order[];
  /** Orders held before in another status that are now `paid`. */
  paid: Order[];
};

/** The held orders by id, shared with the drawer's lookups and built only when first compared. */
export function baselineOf(orders: readonly Order[]): OrdersBaseline {
  return orderIndex(orders);
}

/** New orders and orders that just turned paid since `baseline`; nothing without one (the first sync's orders). */
export function orderArrivals(baseline: OrdersBaseline | null, orders: readonly Order[]): OrderArrivals {
  const arrivals: OrderArrivals = { created: [], paid: [] };
  if (baseline === null) return arrivals;
  for (const order of orders) {
    const before = baseline.get(order.id)?.order_status;
    if (before === undefined) arrivals.created.push(order);
    else if (before !== 'paid' && order.order_status === 'paid') arrivals.paid.push(order);
  }
  return arrivals;
}

/** At most one sound per `gapMs`, so a burst of orders is one beep. */
export function mayBeep(lastBeepMs: number | null, now: number, gapMs: number): boolean {
  return lastBeepMs === null || now - lastBeepMs >= gapMs;
}

/** The tab title with the count of unseen arrivals in front, as mail and chat tabs do. */
export function titleWithCount(base: string, unseen: number): string {
  return unseen > 0 ? `(${unseen > 99 ? '99+' : unseen}) ${base}` : base;
}
