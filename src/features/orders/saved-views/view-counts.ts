import { attentionOf, type AttentionThresholds } from '../attention/attention-rules';
import { baseFilter } from '../model/filter-orders';
import type { OrdersIndex } from '../model/orders-index';
import type { OrdersView } from '../view-state';

export type CountClock = { now: number; thresholds: AttentionThresholds; timeZone: string };

/**
 * How many held orders each view shows, in one pass over the orders: the table's count for a list view, the
 * `needs-attention` count (every filter but status) for a view of the queue. Counts only, so no sorting.
 */
export function countViews(index: OrdersIndex, views: readonly OrdersView[], clock: CountClock): number[] {
  const tests = views.map((view) => ({
    passes: baseFilter(view, clock.timeZone, index),
    statuses: view.queue === null && view.status.length ? new Set(view.status) : null,
    queue: view.queue === 'attention',
  }));
  const counts = views.map(() => 0);
  const anyQueue = tests.some((test) => test.queue);
  for (let i = 0; i < index.orders.length; i++) {
    const order = index.orders[i]!;
    // Lateness is the same for every view of the queue: worked out once per order.
    const late = anyQueue && attentionOf(order, clock.now, clock.thresholds) !== null;
    for (let v = 0; v < tests.length; v++) {
      const test = tests[v]!;
      if (test.statuses && !test.statuses.has(order.order_status)) continue;
      if (test.queue && !late) continue;
      if (test.passes === null || test.passes(order, i)) counts[v]!++;
    }
  }
  return counts;
}
