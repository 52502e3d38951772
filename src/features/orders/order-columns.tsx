import type { ReactNode } from 'react';
import { formatRupiah } from '@/lib/format';
import { zonedDateTimeText } from '@/lib/time-zone';
import type { Order } from './api/order-schema';
import { invoiceState } from './model/invoice-state';
import { invoiceKeys, numberKeys, statusKeys, textKeys, type SortKeyFn } from './model/sort-keys';
import { paymentMethodLabel, paymentTypeLabel } from './payment-words';
import { StatusBadge } from './status-badge';
import { CreatedCell, CustomerCell, InvoicesCell, OrderNumberCell, TextCell } from './table/cells';

type CsvValue = string | number | null;

/** A table column, declared once: the header, rows, sorting, view options and CSV all read it. */
export type OrderColumn = {
  /** The API's field name where the column shows one field; also the URL's sort id. */
  id: string;
  /** Catalog key of the header. */
  label: string;
  /** Pixels; the virtualised rows are absolutely positioned, so every row needs the same widths. */
  width: number;
  numeric: boolean;
  descFirst: boolean;
  cell: (o: Order) => ReactNode;
  sortKey: SortKeyFn;
  /** CSV columns: header keys (given `{zone}`), API field names, and the cells: dates on the store's
   * clock (`timeZone`), or exactly as the API sent them when it is null (the field-name export). */
  csv: { labels: string[]; fields: string[]; values: (o: Order, timeZone: string | null) => CsvValue[] };
};

const one = (label: string, field: string, get: (o: Order) => CsvValue) => ({
  labels: [label],
  fields: [field],
  values: (o: Order) => [get(o)],
});

const amount = (id: 'subtotal' | 'discount' | 'shipping_fee' | 'grand_total', label: string, width: number) =>
  ({
    id,
    label,
    width,
    numeric: true,
    descFirst: true,
    cell: (o) => <span className="tabular block text-right">{formatRupiah(o[id])}</span>,
    sortKey: numberKeys((o) => o[id]),
    csv: one(label, id, (o) => o[id]),
  }) satisfies OrderColumn;

export const ORDER_COLUMNS: readonly OrderColumn[] = [
  {
    id: 'order_number',
    label: 'column.order',
    width: 110,
    numeric: false,
    descFirst: true,
    cell: (o) => <OrderNumberCell order={o} />,
    sortKey: numberKeys((o) => o.order_number),
    csv: one('column.order', 'order_number', (o) => o.order_number),
  },
  {
    id: 'created_at',
    label: 'column.created',
    width: 170,
    numeric: false,
    descFirst: true,
    cell: (o) => <CreatedCell order={o} />,
    sortKey: numberKeys((o) => o.createdAtMs),
    csv: {
      labels: ['csv.created_zone'],
      fields: ['created_at'],
      values: (o, timeZone) => [
        timeZone !== null && o.createdAtMs !== null
          ? zonedDateTimeText(o.createdAtMs, timeZone)
          : o.created_at,
      ],
    },
  },
  {
    id: 'customer',
    label: 'column.customer',
    width: 220,
    numeric: false,
    descFirst: false,
    cell: (o) => <CustomerCell order={o} />,
    sortKey: textKeys((o) => o.contact?.display_name),
    csv: {
      labels: ['column.customer', 'column.phone'],
      fields: ['contact.display_name', 'contact.phone_number'],
      values: (o) => [o.contact?.display_name ?? null, o.contact?.phone_number ?? null],
    },
  },
  {
    id: 'order_status',
    label: 'column.status',
    width: 130,
    numeric: false,
    descFirst: false,
    cell: (o) => <StatusBadge status={o.order_status} />,
    sortKey: statusKeys,
    // The API's value, so a spreadsheet filters by the same words in either language.
    csv: one('column.status', 'order_status', (o) => o.order_status),
  },
  {
    id: 'payment_method',
    label: 'column.payment',
    width: 160,
    numeric: false,
    descFirst: false,
    cell: (o) => <TextCell value={paymentMethodLabel(o.payment_method)} />,
    sortKey: textKeys((o) => o.payment_method),
    csv: one('column.payment', 'payment_method', (o) => o.payment_method),
  },
  {
    id: 'payment_type',
    label: 'column.type',
    width: 150,
    numeric: false,
    descFirst: false,
    cell: (o) => <TextCell value={paymentTypeLabel(o.payment_type)} />,
    sortKey: textKeys((o) => o.payment_type),
    csv: one('column.type', 'payment_type', (o) => o.payment_type),
  },
  amount('subtotal', 'column.subtotal', 130),
  amount('discount', 'column.discount', 120),
  amount('shipping_fee', 'column.shipping', 120),
  amount('grand_total', 'column.grand_total', 140),
  {
    id: 'invoices',
    label: 'column.invoices',
    width: 110,
    numeric: false,
    descFirst: true,
    cell: (o) => <InvoicesCell order={o} />,
    sortKey: invoiceKeys,
    csv: {
      labels: ['column.invoices', 'column.invoice_state'],
      fields: ['invoices.length', 'invoice_state'],
      values: (o) => [o.invoices?.length ?? null, o.invoices === null ? null : invoiceState(o.invoices)],
    },
  },
];

const byId = new Map(ORDER_COLUMNS.map((c) => [c.id, c]));

/** The column with this id; undefined for an id no column has (an old URL, a stale preference). */
export const orderColumn = (id: string): OrderColumn | undefined => byId.get(id);

/** The order number column cannot be hidden: it names each row. */
export const ALWAYS_VISIBLE = 'order_number';
