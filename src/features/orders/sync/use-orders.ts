import { queryOptions, skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiError } from '@/lib/api-client';
import { dashboardConfigQuery } from '@/lib/dashboard-config';
import { getOrdersPage } from '../api/get-orders-page';
import type { Order } from '../api/order-schema';
import { describeSyncError } from './describe-sync';
import { changesAskingAhead, postMirrorRefresh } from './mirror-api';
import { MirrorReplica } from './mirror-replica';
import { describeMirrorFailure, type Problem } from './mirror-words';
import { orderIndex } from './order-index';
import { createOrdersStorage, readingAhead } from './orders-storage';
import { ordersKeys } from './orders-keys';
import { OrdersSource } from './orders-source';
import { OrdersSync } from './orders-sync';
import { emptySnapshot, type SyncSnapshot } from './sync-snapshot';
import { sinceCutoff, useSyncSettings } from './sync-settings';

export type SyncStatus = 'loading' | 'done' | 'error';

/** What every consumer of the held orders sees: the table, the drawer and the charts read only this. */
export type OrdersData = Omit<SyncSnapshot, 'orders' | 'mirrorFailure'> & {
  /** Distinct orders held now (inside the "since" window), deduplicated by id (the latest copy wins). */
  orders: readonly Order[];
  byId: ReadonlyMap<string, Order>;
  status: SyncStatus;
  error: ApiError | null;
  /** While `status` is `error`: what went wrong and what to do (the `sync-error` text). */
  problem: Problem | null;
  refresh: () => void;
  retry: () => void;
  sync: OrdersSource;
};

const syncs = new WeakMap<QueryClient, OrdersSource>();

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The one sync per QueryClient, however many components read the orders. */
export function getOrdersSync(client: QueryClient): OrdersSource {
  let sync = syncs.get(client);
  if (!sync) {
    const storage = readingAhead(createOrdersStorage());
    sync = new OrdersSource(client, {
      config: () => client.fetchQuery(dashboardConfigQuery),
      pages: () =>
        new OrdersSync(client, { engine: { fetchPage: getOrdersPage, sleep, now: Date.now }, storage }),
      mirror: () =>
        new MirrorReplica(client, {
          api: { changes: changesAskingAhead(), refresh: postMirrorRefresh },
          storage,
        }),
    });
    syncs.set(client, sync);
  }
  return sync;
}

/** 'mirror' or 'pages' once the server has said which, else null. */
export function useOrdersMode(): 'mirror' | 'pages' | null {
  return useQuery<'mirror' | 'pages'>({ queryKey: ordersKeys.mode(), queryFn: skipToken }).data ?? null;
}

export function ordersSyncQueryOptions(sync: OrdersSource) {
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

/** A running sync or refresh is `loading`; then `error` if it failed (held orders stay), `done` once complete. */
export function syncStatusOf(s: { fetching: boolean; failed: boolean; complete: boolean }): SyncStatus {
  if (s.failed && !s.fetching) return 'error';
  if (s.fetching) return 'loading';
  return s.complete ? 'done' : 'loading';
}

/** Observes the one orders sync; never starts a second one. */
export function useOrders(): OrdersData {
  const client = useQueryClient();
  const sync = getOrdersSync(client);
  const query = useQuery(ordersSyncQueryOptions(sync));
  const mirror = useOrdersMode() === 'mirror';
  const { sinceDays } = useSyncSettings();
  const snapshot = query.data ?? emptySnapshot();
  const all = snapshot.orders;
  // The mirror holds the whole history for everyone: the page-by-page "since" window does not apply.
  const cutoff = mirror ? null : sinceCutoff(sinceDays);
  const orders = useMemo(() => withinWindow(all, cutoff), [all, cutoff]);
  const byId = orderIndex(orders);
  const status = syncStatusOf({
    fetching: query.fetchStatus === 'fetching' || snapshot.refreshing,
    failed: query.isError || snapshot.mirrorFailure !== null,
    complete: snapshot.complete,
  });
  const error = status === 'error' ? ((query.error as ApiError | null) ?? null) : null;
  return {
    ...snapshot,
    orders,
    byId,
    status,
    error,
    problem:
      status !== 'error'
        ? null
        : snapshot.mirrorFailure
          ? describeMirrorFailure(snapshot.mirrorFailure, snapshot.ordersLoaded)
          : describeSyncError(error),
    refresh: () => sync.refresh(),
    retry: () => sync.retry(),
    sync,
  };
}
