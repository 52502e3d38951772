import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { formatRupiah } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { StatusBadge } from '../status-badge';
import { CreatedCell, CustomerCell, InvoicesCell, OrderNumberCell, TextCell } from './cells';

export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature });

const helper = createColumnHelper<typeof features, Order>();

const amount = (id: 'subtotal' | 'discount' | 'shipping_fee' | 'grand_total', label: string) =>
  helper.accessor((o) => o[id], {
    id,
    header: label,
    sortDescFirst: true,
    cell: (ctx) => <span className="tabular block text-right">{formatRupiah(ctx.row.original[id])}</span>,
  });

/** Column ids are the API field names (or `customer`/`invoices`), which are also the URL's sort ids. */
export const columns = helper.columns([
  helper.accessor((o) => o.order_number, {
    id: 'order_number',
    header: 'Order',
    sortDescFirst: true,
    enableHiding: false,
    cell: (ctx) => <OrderNumberCell order={ctx.row.original} />,
  }),
  helper.accessor((o) => o.createdAtMs, {
    id: 'created_at',
    header: 'Created',
    sortDescFirst: true,
    cell: (ctx) => <CreatedCell order={ctx.row.original} />,
  }),
  helper.accessor((o) => o.contact?.display_name ?? null, {
    id: 'customer',
    header: 'Customer',
    sortDescFirst: false,
    cell: (ctx) => <CustomerCell order={ctx.row.original} />,
  }),
  helper.accessor((o) => o.order_status, {
    id: 'order_status',
    header: 'Status',
    sortDescFirst: false,
    cell: (ctx) => <StatusBadge status={ctx.row.original.order_status} />,
  }),
  helper.accessor((o) => o.payment_method, {
    id: 'payment_method',
    header: 'Payment',
    sortDescFirst: false,
    cell: (ctx) => <TextCell value={ctx.row.original.payment_method} />,
  }),
  helper.accessor((o) => o.payment_type, {
    id: 'payment_type',
    header: 'Type',
    sortDescFirst: false,
    cell: (ctx) => <TextCell value={ctx.row.original.payment_type} />,
  }),
  amount('subtotal', 'Subtotal'),
  amount('discount', 'Discount'),
  amount('shipping_fee', 'Shipping'),
  amount('grand_total', 'Grand total'),
  helper.accessor((o) => o.invoices?.length ?? null, {
    id: 'invoices',
    header: 'Invoices',
    sortDescFirst: true,
    cell: (ctx) => <InvoicesCell order={ctx.row.original} />,
  }),
]);
