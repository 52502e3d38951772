import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiError } from '@/lib/api-client';
import { getOrdersPage } from '../api/get-orders-page';
import type { Order } from '../api/order-schema';
import { ordersKeys } from './orders-keys';

export type SyncStatus = 'loading' | 'done' | 'error';

/** What every consumer of the held orders sees: the table, the drawer and the charts read only this. */
export type OrdersData = {
  /** Distinct orders held now, deduplicated by id (the latest copy wins). */
  orders: readonly Order[];
  byId: ReadonlyMap<string, Order>;
  status: SyncStatus;
  error: ApiError | null;
  pagesLoaded: number;
  refresh: () => void;
};

// First-screen version: page 1 only. The full sync engine replaces the query function.
export function useOrders(): OrdersData {
  const query = useQuery({
    queryKey: ordersKeys.sync(),
    queryFn: ({ signal }) => getOrdersPage(1, 100, signal),
  });
  const orders = useMemo(() => query.data?.orders ?? [], [query.data]);
  const byId = useMemo(() => new Map(orders.map((o) => [o.id, o])), [orders]);
  return {
    orders,
    byId,
    status: query.isError ? 'error' : query.isSuccess ? 'done' : 'loading',
    error: (query.error as ApiError | null) ?? null,
    pagesLoaded: query.data ? 1 : 0,
    refresh: () => void query.refetch(),
  };
}
