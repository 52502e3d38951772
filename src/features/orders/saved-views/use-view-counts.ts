import { useMemo } from 'react';
import { useDeferredWhile } from '@/lib/use-deferred-while';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { ordersIndex } from '../model/orders-index';
import { useAttention } from '../attention/use-attention';
import { useOrders } from '../sync/use-orders';
import { parseOrdersView } from '../view-state';
import { countViews } from './view-counts';

/** The live count of each view (by its search), following the held orders, the clock and the thresholds. */
export function useViewCounts(searches: readonly string[]): Map<string, number> {
  const held = useOrders();
  // While the sync streams, counted after each batch has painted the table and the drawer.
  const orders = useDeferredWhile(held.orders, held.status === 'loading');
  const { now, thresholds } = useAttention();
  const timeZone = useStoreTimeZone();
  const key = searches.join('\n');
  return useMemo(() => {
    const index = ordersIndex(orders);
    const clock = { now, thresholds, timeZone };
    const unique = [...new Set(key ? key.split('\n') : [])];
    const counts = countViews(index, unique.map(parseOrdersView), clock);
    return new Map(unique.map((search, i) => [search, counts[i]!]));
  }, [orders, now, thresholds, timeZone, key]);
}
