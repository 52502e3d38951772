import type { Invoice } from '../api/order-schema';

/** The invoices of an order at a glance: none sent, one paid, or only unpaid ones. */
export type InvoiceState = 'none' | 'paid' | 'unpaid' | 'unknown';

const PAID = new Set(['PAID', 'SETTLED', 'SUCCEEDED', 'COMPLETED']);

export function invoiceState(invoices: readonly Invoice[] | null): InvoiceState {
  if (invoices === null) return 'unknown';
  if (invoices.length === 0) return 'none';
  const paid = invoices.some((inv) => typeof inv.status === 'string' && PAID.has(inv.status.toUpperCase()));
  return paid ? 'paid' : 'unpaid';
}
