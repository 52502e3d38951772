import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiError } from '@/lib/api-client';
import { getOrdersPage } from '../api/get-orders-page';
import type { Order } from '../api/order-schema';
import { orderIndex } from './order-index';
import { createOrdersStorage } from './orders-storage';
import { ordersKeys } from './orders-keys';
import { OrdersSync } from './orders-sync';
import { emptySnapshot, type SyncSnapshot } from './sync-snapshot';
import { sinceCutoff, useSyncSettings } from './sync-settings';

export type SyncStatus = 'loading' | 'done' | 'error';

/** What every consumer of the held orders sees: the table, the drawer and the charts read only this. */
export type OrdersData = Omit<SyncSnapshot, 'orders'> & {
  /** Distinct orders held now (inside the "since" window), deduplicated by id (the latest copy wins). */
  orders: readonly Order[];
  byId: ReadonlyMap<string, Order>;
  status: SyncStatus;
  error: ApiError | null;
  refresh: () => void;
  retry: () => void;
  sync: OrdersSync;
};

const syncs = new WeakMap<QueryClient, OrdersSync>();

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The one sync per QueryClient, however many components read the orders. */
export function getOrdersSync(client: QueryClient): OrdersSync {
  let sync = syncs.get(client);
  if (!sync) {
    sync = new OrdersSync(client, {
      engine: { fetchPage: getOrdersPage, sleep, now: Date.now },
      storage: createOrdersStorage(),
    });
    syncs.set(client, sync);
  }
  return sync;
}

export function ordersSyncQueryOptions(sync: OrdersSync) {
  return queryOptions({
    queryKey: ordersKeys.sync(),
    queryFn: sync.queryFn,
    // 100k orders: comparing each batch deeply would cost more than the batch itself.
    structuralSharing: false,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

function withinWindow(orders: readonly Order[], cutoff: number | null): readonly Order[] {
  if (cutoff === null) return orders;
  return orders.filter((o) => o.createdAtMs === null || o.createdAtMs >= cutoff);
}

/** Observes the one orders sync; never starts a second one. */
export function useOrders(): OrdersData {
  const client = useQueryClient();
  const sync = getOrdersSync(client);
  const query = useQuery(ordersSyncQueryOptions(sync));
  const { sinceDays } = useSyncSettings();
  const snapshot = query.data ?? emptySnapshot();
  const all = snapshot.orders;
  const orders = useMemo(() => withinWindow(all, sinceCutoff(sinceDays)), [all, sinceDays]);
  const byId = orderIndex(orders);
  const fetching = query.fetchStatus === 'fetching';
  const status: SyncStatus = fetching
    ? 'loading'
    : query.isError
      ? 'error'
      : snapshot.complete
        ? 'done'
        : 'loading';
  return {
    ...snapshot,
    orders,
    byId,
    status,
    error: status === 'error' ? ((query.error as ApiError | null) ?? null) : null,
    refresh: () => sync.refresh(),
    retry: () => sync.retry(),
    sync,
  };
}
