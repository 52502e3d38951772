import { useMemo } from 'react';
import type { Order } from '../api/order-schema';
import { useOrders, type OrdersData } from '../sync/use-orders';
import { useOrdersView, type OrdersView, type SetOrdersView } from '../view-state';
import { filterOrders } from './filter-orders';

export type OrdersSelection = {
  data: OrdersData;
  view: OrdersView;
  setView: SetOrdersView;
  /** Orders matching every filter and the search, in the view's sort order: what the table shows. */
  rows: readonly Order[];
};

/** The one place the held orders meet the view: the table, drawer navigation and figures read from it. */
export function useOrdersSelection(): OrdersSelection {
  const data = useOrders();
  const [view, setView] = useOrdersView();
  const rows = useMemo(() => {
    const filtered = filterOrders(data.orders, view);
    return filtered.sort((a, b) => (b.createdAtMs ?? 0) - (a.createdAtMs ?? 0));
  }, [data.orders, view]);
  return { data, view, setView, rows };
}
