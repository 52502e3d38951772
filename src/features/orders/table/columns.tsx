import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { Order } from '../api/order-schema';

export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature });

const helper = createColumnHelper<typeof features, Order>();

const amount = (id: 'subtotal' | 'discount' | 'shipping_fee' | 'grand_total', label: string) =>
  helper.accessor((o) => o[id], {
    id,
    header: label,
    sortDescFirst: true,
  });

/** Column ids are the API field names (or `customer`/`invoices`), which are also the URL's sort ids. */
export const columns = helper.columns([
  helper.accessor((o) => o.order_number, {
    id: 'order_number',
    header: 'Order',
    sortDescFirst: true,
    enableHiding: false,
  }),
  helper.accessor((o) => o.createdAtMs, {
    id: 'created_at',
    header: 'Created',
    sortDescFirst: true,
  }),
  helper.accessor((o) => o.contact?.display_name ?? null, {
    id: 'customer',
    header: 'Customer',
    sortDescFirst: false,
  }),
  helper.accessor((o) => o.order_status, {
    id: 'order_status',
    header: 'Status',
    sortDescFirst: false,
  }),
  helper.accessor((o) => o.payment_method, {
    id: 'payment_method',
    header: 'Payment',
    sortDescFirst: false,
  }),
  helper.accessor((o) => o.payment_type, {
    id: 'payment_type',
    header: 'Type',
    sortDescFirst: false,
  }),
  amount('subtotal', 'Subtotal'),
  amount('discount', 'Discount'),
  amount('shipping_fee', 'Shipping'),
  amount('grand_total', 'Grand total'),
  helper.accessor((o) => o.invoices?.length ?? null, {
    id: 'invoices',
    header: 'Invoices',
    sortDescFirst: true,
  }),
]);
