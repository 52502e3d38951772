import { fetchOrdersPage, type OrdersPage } from '../../../../core/orders/orders-page';

export type { OrdersPage } from '../../../../core/orders/orders-page';

/** One page of the same-origin `/api/orders`, validated and normalised. */
export function getOrdersPage(page: number, limit: number, signal?: AbortSignal): Promise<OrdersPage> {
  return fetchOrdersPage('', page, limit, {
    headers: { accept: 'application/json' },
    signal,
    credentials: 'same-origin',
  });
}
