import { useDeferredValue, useMemo } from 'react';
import type { Order } from '../api/order-schema';
import { useOrders, type OrdersData } from '../sync/use-orders';
import { serializeOrdersView, useOrdersView, type OrdersView, type SetOrdersView } from '../view-state';
import { ordersIndex } from './orders-index';
import { selectOrders, type OrdersSelectionResult, type StatusFacet } from './select-orders';

export type OrdersSelection = {
  data: OrdersData;
  /** The view as the URL says it now: what controls show pressed. */
  view: OrdersView;
  /** The view the rows, facets and total were computed for; trails `view` while a new selection renders. */
  shownView: OrdersView;
  setView: SetOrdersView;
  /** Orders matching every filter and the search, in the view's sort order: what the table shows. */
  rows: readonly Order[];
  facets: readonly StatusFacet[];
  totalGrandTotal: number;
};

let last: { orders: readonly Order[]; key: string; result: OrdersSelectionResult } | null = null;

/** Shared across every caller, so the table, drawer and figures trigger the work once per change. */
function cachedSelection(orders: readonly Order[], view: OrdersView): OrdersSelectionResult {
  const key = serializeOrdersView({ ...view, order: null }).toString();
  if (last && last.orders === orders && last.key === key) return last.result;
  const result = selectOrders(ordersIndex(orders), view);
  last = { orders, key, result };
  return result;
}

/** The one place the held orders meet the view: the table, drawer navigation and figures read from it. */
export function useOrdersSelection(): OrdersSelection {
  const data = useOrders();
  const [view, setView] = useOrdersView();
  // A click paints its pressed state at once; the 100k-row selection and the table follow in a transition.
  const shownView = useDeferredValue(view);
  const key = serializeOrdersView({ ...shownView, order: null }).toString();
  // The open order is not part of what is selected, so opening one never recomputes the rows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const result = useMemo(() => cachedSelection(data.orders, shownView), [data.orders, key]);
  return {
    data,
    view,
    shownView,
    setView,
    rows: result.rows,
    facets: result.facets,
    totalGrandTotal: result.totalGrandTotal,
  };
}
