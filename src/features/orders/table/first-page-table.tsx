import type { Order } from '../api/order-schema';
import { statusInfo } from '../status';
import { formatDateTime, formatRupiah, MISSING } from '@/lib/format';

// First-screen table proving the path end to end; the full table issue replaces it.
export function FirstPageTable({ orders }: { orders: readonly Order[] }) {
  return (
    <table data-testid="orders-table" className="w-full text-sm">
      <thead className="bg-surface-3 text-left text-fg-muted">
        <tr>
          <th className="px-3 py-2">Order</th>
          <th className="px-3 py-2">Created</th>
          <th className="px-3 py-2">Customer</th>
          <th className="px-3 py-2">Status</th>
          <th className="px-3 py-2 text-right">Grand total</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="order-row" data-order-id={order.id} className="border-t border-border">
            <td className="px-3 py-2 tabular">#{order.order_number ?? MISSING}</td>
            <td className="px-3 py-2">{formatDateTime(order.createdAtMs)}</td>
            <td className="px-3 py-2">{order.contact?.display_name || 'Unnamed contact'}</td>
            <td className="px-3 py-2">{statusInfo(order.order_status).label}</td>
            <td className="px-3 py-2 text-right tabular">{formatRupiah(order.grand_total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
