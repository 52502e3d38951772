import { useMemo } from 'react';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Order } from '../api/order-schema';
import { useOrders, type OrdersData } from '../sync/use-orders';
import { serializeOrdersView, useOrdersView, type OrdersView, type SetOrdersView } from '../view-state';
import { ordersIndex } from './orders-index';
import { selectOrders, type OrdersSelectionResult, type StatusFacet } from './select-orders';

export type OrdersSelection = {
  data: OrdersData;
  view: OrdersView;
  setView: SetOrdersView;
  /** Orders matching every filter and the search, in the view's sort order: what the table shows. */
  rows: readonly Order[];
  facets: readonly StatusFacet[];
  totalGrandTotal: number;
};

let last: { orders: readonly Order[]; key: string; timeZone: string; result: OrdersSelectionResult } | null =
  null;

/** Shared across every caller, so the table, drawer and figures trigger the work once per change. */
function cachedSelection(
  orders: readonly Order[],
  view: OrdersView,
  timeZone: string,
): OrdersSelectionResult {
  const key = serializeOrdersView({ ...view, order: null, queue: null }).toString();
  if (last && last.orders === orders && last.key === key && last.timeZone === timeZone) return last.result;
  const result = selectOrders(ordersIndex(orders), view, timeZone);
  last = { orders, key, timeZone, result };
  return result;
}

/** The one place the held orders meet the view: the table, drawer navigation and figures read from it. */
export function useOrdersSelection(): OrdersSelection {
  const data = useOrders();
  const [view, setView] = useOrdersView();
  const timeZone = useStoreTimeZone();
  // Computed in the render of the click itself, so every figure on screen (count, chips, rows) agrees with the
  // URL once the event is handled; the selectors are fast enough at 100k, and the charts defer their own work.
  const key = serializeOrdersView({ ...view, order: null, queue: null }).toString();
  // The open order is not part of what is selected, so opening one never recomputes the rows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const result = useMemo(() => cachedSelection(data.orders, view, timeZone), [data.orders, key, timeZone]);
  return {
    data,
    view,
    setView,
    rows: result.rows,
    facets: result.facets,
    totalGrandTotal: result.totalGrandTotal,
  };
}
