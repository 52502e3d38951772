import { t } from '@/i18n/i18n';
import { formatRupiah } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { describeInvoice } from '../drawer/invoice-fields';
import { statusInfo } from '../status';
import type { TemplateValues } from './follow-up-templates';

const SETTLED = new Set([
  'PAID',
  'SETTLED',
  'SUCCEEDED',
  'COMPLETED',
  'EXPIRED',
  'REFUNDED',
  'CANCELLED',
  'VOIDED',
]);

/** The link of the invoice still waiting for payment (the newest such one), if it has a safe http(s) link. */
export function openInvoiceUrl(order: Order): string | null {
  const open = (order.invoices ?? [])
    .map(describeInvoice)
    .filter((invoice) => invoice.url !== null && !SETTLED.has(invoice.status?.toUpperCase() ?? ''));
  return open.at(-1)?.url ?? null;
}

/** What a template can say about this order; a missing name is addressed politely rather than left blank. */
export function followUpValues(order: Order): TemplateValues {
  const name = order.contact?.display_name?.trim();
  return {
    name: name || t('follow_up.customer'),
    order_number: order.order_number !== null ? String(order.order_number) : null,
    grand_total: order.grand_total !== null ? formatRupiah(order.grand_total) : null,
    invoice_url: openInvoiceUrl(order),
    status: order.order_status ? statusInfo(order.order_status).label : null,
  };
}
