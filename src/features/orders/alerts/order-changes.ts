import type { Order } from '../api/order-schema';

/** What the held orders looked like when last compared: each order's status by id. */
export type OrdersBaseline = ReadonlyMap<string, string>;

export type OrderArrivals = {
  /** Orders not held before (whatever their status). */
  created: Order[];
  /** Orders held before in another status that are now `paid`. */
  paid: Order[];
};

export function baselineOf(orders: readonly Order[]): OrdersBaseline {
  return new Map(orders.map((o) => [o.id, o.order_status]));
}

/** New orders and orders that just turned paid since `baseline`; nothing without one (the first sync's orders). */
export function orderArrivals(baseline: OrdersBaseline | null, orders: readonly Order[]): OrderArrivals {
  const arrivals: OrderArrivals = { created: [], paid: [] };
  if (baseline === null) return arrivals;
  for (const order of orders) {
    const before = baseline.get(order.id);
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
