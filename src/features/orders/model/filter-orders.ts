import type { Order } from '../api/order-schema';
import type { OrdersView } from '../view-state';

// Simple first version: the table issue replaces this with indexed, allocation-light selectors.
export type FilterOptions = {
  /** Facets and the charts count by status under every filter but the status filter. */
  ignoreStatus?: boolean;
};

function dayStartMs(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

export function filterOrders(orders: readonly Order[], view: OrdersView, options: FilterOptions = {}): Order[] {
  const statuses = !options.ignoreStatus && view.status.length ? new Set(view.status) : null;
  const payments = view.payment.length ? new Set(view.payment) : null;
  const from = view.from ? dayStartMs(view.from) : null;
  const to = view.to ? dayStartMs(view.to) + 24 * 3600e3 : null;
  const q = view.q.trim().toLowerCase();
  return orders.filter((order) => {
    if (statuses && !statuses.has(order.order_status)) return false;
    if (payments && !payments.has(order.payment_method ?? '')) return false;
    if (from !== null && (order.createdAtMs === null || order.createdAtMs < from)) return false;
    if (to !== null && (order.createdAtMs === null || order.createdAtMs >= to)) return false;
    if (q) {
      const haystack = `${order.order_number ?? ''} ${order.contact?.display_name ?? ''} ${order.contact?.phone_number ?? ''} ${order.id}`;
      if (!haystack.toLowerCase().includes(q)) return false;
    }
    return true;
  });
}
