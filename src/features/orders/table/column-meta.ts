import type { Order } from '../api/order-schema';
import { statusInfo } from '../status';
import { invoiceState } from '../model/invoice-state';

export type ColumnMeta = {
  label: string;
  /** Pixels; the virtualised rows are absolutely positioned, so every row needs the same widths. */
  width: number;
  numeric?: boolean;
  /** The column's CSV cells: amounts as plain numbers, text as text. */
  csv: (o: Order) => (string | number | null)[];
  csvHeader: string[];
};

const one = (
  label: string,
  get: (o: Order) => string | number | null,
  width: number,
  numeric = false,
): ColumnMeta => ({
  label,
  width,
  numeric,
  csv: (o) => [get(o)],
  csvHeader: [label],
});

export const COLUMN_META: Record<string, ColumnMeta> = {
  order_number: one('Order', (o) => o.order_number, 110),
  created_at: one('Created', (o) => o.created_at, 170),
  customer: {
    label: 'Customer',
    width: 220,
    csv: (o) => [o.contact?.display_name ?? null, o.contact?.phone_number ?? null],
    csvHeader: ['Customer', 'Phone'],
  },
  order_status: one('Status', (o) => statusInfo(o.order_status).label, 130),
  payment_method: one('Payment', (o) => o.payment_method, 120),
  payment_type: one('Type', (o) => o.payment_type, 150),
  subtotal: one('Subtotal', (o) => o.subtotal, 130, true),
  discount: one('Discount', (o) => o.discount, 120, true),
  shipping_fee: one('Shipping', (o) => o.shipping_fee, 120, true),
  grand_total: one('Grand total', (o) => o.grand_total, 140, true),
  invoices: {
    label: 'Invoices',
    width: 110,
    csv: (o) => [o.invoices?.length ?? null, o.invoices === null ? null : invoiceState(o.invoices)],
    csvHeader: ['Invoices', 'Invoice state'],
  },
};
