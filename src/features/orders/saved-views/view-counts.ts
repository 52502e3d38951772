import { attentionOf, type AttentionThresholds } from '../attention/attention-rules';
import { baseFilter } from '../model/filter-orders';
import type { OrdersIndex } from '../model/orders-index';
import type { OrdersView } from '../view-state';

export type CountClock = { now: number; thresholds: AttentionThresholds; timeZone: string };

/**
 * How many held orders a view shows: the table's count for a list view, the `needs-attention` count (every
 * filter but status) for a view of the queue. A count only, so no sorting.
 */
export function countView(index: OrdersIndex, view: OrdersView, clock: CountClock): number {
  const passes = baseFilter(view, clock.timeZone);
  const statuses = view.queue === null && view.status.length ? new Set(view.status) : null;
  let count = 0;
  for (let i = 0; i < index.orders.length; i++) {
    const order = index.orders[i]!;
    if (statuses && !statuses.has(order.order_status)) continue;
    if (view.queue === 'attention' && !attentionOf(order, clock.now, clock.thresholds)) continue;
    if (passes(order, index.search[i]!)) count++;
  }
  return count;
}
