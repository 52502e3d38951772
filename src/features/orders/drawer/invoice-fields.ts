import { readTime, type Invoice } from '../api/order-schema';
import { safeHttpUrl } from './safe-url';

/** `label` is a catalog key. */
export type InvoiceDate = { key: string; label: string; ms: number | null; raw: string };

/** An invoice of undocumented shape, split into the fields we recognise and everything else, kept as sent. */
export type InvoiceView = {
  number: string | null;
  status: string | null;
  /** Parsed amount; null when absent or unreadable (then `amountRaw` holds what was sent, if anything). */
  amount: number | null;
  amountRaw: unknown;
  currency: string | null;
  dates: InvoiceDate[];
  /** Only an absolute http(s) URL; anything else is never a link. */
  url: string | null;
  /** A URL field that was present but not http(s), shown as inert text. */
  rejectedUrl: string | null;
  extra: [string, unknown][];
};

const NUMBER_KEYS = ['invoice_number', 'number', 'external_id'];
const STATUS_KEYS = ['status', 'invoice_status'];
const AMOUNT_KEYS = ['amount', 'total_amount'];
const URL_KEYS = ['invoice_url', 'url', 'payment_url'];
/** Date fields and the catalog key of their label. */
const DATE_LABELS: Record<string, string> = {
  created_at: 'invoices.created',
  paid_at: 'invoices.paid',
  expiry_date: 'invoices.expires',
  expires_at: 'invoices.expires',
  updated_at: 'invoices.updated',
};

function firstKey(invoice: Invoice, keys: string[]): string | null {
  return (
    keys.find((key) => invoice[key] !== undefined && invoice[key] !== null && invoice[key] !== '') ?? null
  );
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function asAmount(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : null;
}

export function describeInvoice(invoice: Invoice): InvoiceView {
  const used = new Set<string>();
  const take = (keys: string[]) => {
    const key = firstKey(invoice, keys);
    if (key === null) return undefined;
    used.add(key);
    return invoice[key];
  };
  const number = asText(take(NUMBER_KEYS));
  const status = asText(take(STATUS_KEYS));
  const amountRaw = take(AMOUNT_KEYS);
  const currencyRaw = take(['currency']);
  const urlRaw = take(URL_KEYS);
  const dates: InvoiceDate[] = [];
  for (const [key, label] of Object.entries(DATE_LABELS)) {
    const sent = invoice[key];
    const raw = typeof sent === 'number' ? String(sent) : sent;
    if (typeof raw !== 'string' || raw === '' || dates.some((d) => d.label === label)) continue;
    used.add(key);
    dates.push({ key, label, ms: readTime(raw), raw });
  }
  const url = safeHttpUrl(urlRaw);
  return {
    number,
    status,
    amount: asAmount(amountRaw),
    amountRaw,
    currency: asText(currencyRaw),
    dates,
    url,
    rejectedUrl: url === null && typeof urlRaw === 'string' ? urlRaw : null,
    extra: Object.entries(invoice).filter(([key]) => !used.has(key)),
  };
}

/** A field value as readable text: strings as they are, everything else as compact JSON. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Invoice statuses are the payment provider's (upper case in Xendit); colours reuse the order status palette. */
export function invoiceStatusColor(status: string | null): string {
  switch (status?.toUpperCase()) {
    case 'PAID':
    case 'SETTLED':
      return 'var(--status-paid)';
    case 'PENDING':
      return 'var(--status-pending)';
    case 'EXPIRED':
      return 'var(--danger)';
    case 'REFUNDED':
      return 'var(--status-refunded)';
    default:
      return 'var(--fg-muted)';
  }
}
