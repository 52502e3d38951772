import { useMemo } from 'react';
import { useDeferredWhile } from '@/lib/use-deferred-while';
import { browserStore } from '@/lib/browser-store';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Order } from '../api/order-schema';
import { baseFilter } from '../model/filter-orders';
import { ordersIndex } from '../model/orders-index';
import { useOrders } from '../sync/use-orders';
import { useOrdersView, type OrdersView } from '../view-state';
import {
  readThresholds,
  selectAttention,
  type AttentionResult,
  type AttentionThresholds,
} from './attention-rules';
import { useAttentionClock } from './use-attention-clock';

/** The staff's own thresholds, kept in this browser. */
export const attentionThresholds = browserStore('orders-attention:thresholds', readThresholds);

type Filters = Pick<OrdersView, 'q' | 'from' | 'to' | 'payment'>;

let last: { orders: readonly Order[]; key: string; result: AttentionResult } | null = null;

/** Shared by the header count and the queue, so both show the same figures and the work is done once. */
function cachedAttention(
  orders: readonly Order[],
  filters: Filters,
  now: number,
  thresholds: AttentionThresholds,
  timeZone: string,
): AttentionResult {
  const key = JSON.stringify([
    filters.q,
    filters.from,
    filters.to,
    filters.payment,
    now,
    thresholds,
    timeZone,
  ]);
  if (last && last.orders === orders && last.key === key) return last.result;
  const index = ordersIndex(orders);
  const passes = baseFilter(filters, timeZone, index);
  const result = selectAttention(
    passes === null ? orders : orders.filter((order, i) => passes(order, i)),
    now,
    thresholds,
  );
  last = { orders, key, result };
  return result;
}

/** The held orders the rules select under the view's filters other than status (CONTRACT.md `needs-attention`). */
export function useAttention(): AttentionResult & { thresholds: AttentionThresholds; now: number } {
  const held = useOrders();
  // While the sync streams, counted after each batch has painted the table and the drawer.
  const orders = useDeferredWhile(held.orders, held.status === 'loading');
  const [view] = useOrdersView();
  const thresholds = attentionThresholds.use();
  const timeZone = useStoreTimeZone();
  const now = useAttentionClock();
  const { q, from, to } = view;
  const paymentKey = JSON.stringify(view.payment);
  const result = useMemo(
    () =>
      cachedAttention(
        orders,
        { q, from, to, payment: JSON.parse(paymentKey) as string[] },
        now,
        thresholds,
        timeZone,
      ),
    [orders, q, from, to, paymentKey, now, thresholds, timeZone],
  );
  return { ...result, thresholds, now };
}
