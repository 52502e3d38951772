import { useCallback, useDeferredValue, useMemo } from 'react';
import { aggregateOrders, type OrdersAggregate } from '../model/aggregate-orders';
import { filterOrders } from '../model/filter-orders';
import { revenueHeadline, type RevenueHeadline } from '../model/revenue-headline';
import { revenueOverTime, type RevenueOverTime } from '../model/revenue-over-time';
import { useOrders, type SyncStatus } from '../sync/use-orders';
import { DEFAULT_SORT, useOrdersView, type OrdersView } from '../view-state';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { useDeferredWhile } from '@/lib/use-deferred-while';
import { useThrottledValue } from '@/lib/use-throttled-value';

const CHARTS_EVERY_MS = 1000;

export type RevenueFigures = {
  aggregate: OrdersAggregate;
  headline: RevenueHeadline;
  series: RevenueOverTime;
  /** Statuses selected in the table's filter; empty means all. */
  selected: readonly string[];
  toggleStatus: (status: string) => void;
  clearStatuses: () => void;
  syncStatus: SyncStatus;
  /** Orders held at all, before any filter: tells "nothing loaded" from "nothing matches". */
  heldCount: number;
  filtered: boolean;
};

/** The figures follow every table filter but status, so toggling a status never recomputes them. */
export function useRevenueFigures(): RevenueFigures {
  const { orders: held, status: syncStatus } = useOrders();
  // While a sync streams in, every swap of the held orders would redraw the charts (tens of ms each, more
  // than the table): they follow at most every second then, and at once when the sync is done.
  const loading = syncStatus === 'loading';
  // Drawn in a background render then, after the table and the drawer have painted.
  const orders = useDeferredWhile(useThrottledValue(held, loading, CHARTS_EVERY_MS), loading);
  const [urlView, setView] = useOrdersView();
  const timeZone = useStoreTimeZone();
  // Charts re-render in a transition, after the click that changed the view has painted.
  const view = useDeferredValue(urlView);
  const { from, to, q } = view;
  // A new URL parses into new arrays; the charts only care when the values themselves change (any value:
  // a status may hold a comma, or be empty).
  const paymentKey = JSON.stringify(view.payment);
  const statusKey = JSON.stringify(view.status);
  const selected = useMemo(() => JSON.parse(statusKey) as string[], [statusKey]);

  const aggregate = useMemo(() => {
    const base: OrdersView = {
      status: [],
      q,
      sort: DEFAULT_SORT,
      from,
      to,
      payment: JSON.parse(paymentKey) as string[],
      order: null,
      queue: null,
    };
    return aggregateOrders(filterOrders(orders, base, timeZone, { ignoreStatus: true }), timeZone);
  }, [orders, from, to, q, paymentKey, timeZone]);

  const headline = useMemo(() => revenueHeadline(aggregate.byStatus), [aggregate]);
  const series = useMemo(
    () => revenueOverTime(aggregate, { from, to }, timeZone),
    [aggregate, from, to, timeZone],
  );

  const toggleStatus = useCallback(
    (status: string) =>
      setView((current) => ({
        status: current.status.includes(status)
          ? current.status.filter((s) => s !== status)
          : [...current.status, status],
      })),
    [setView],
  );
  const clearStatuses = useCallback(() => setView({ status: [] }), [setView]);

  return {
    aggregate,
    headline,
    series,
    selected,
    toggleStatus,
    clearStatuses,
    syncStatus,
    heldCount: orders.length,
    filtered: from !== null || to !== null || q.trim() !== '' || paymentKey !== '',
  };
}
