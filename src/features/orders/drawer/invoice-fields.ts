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
  /** How it was paid (`payment_channel`: BCA, OVO, QRIS…), when sent. */
  channel: string | null;
  dates: InvoiceDate[];
  /** Only an absolute http(s) URL; anything else is never a link. */
  url: string | null;
  /** A URL field that was present but not http(s), shown as inert text. */
  rejectedUrl: string | null;
  extra: [string, unknown][];
};

/**
 * The payment providers' invoice statuses we know (Xendit's, upper case): their words and colours, the colours
 * from the order status palette. Any other status shows as sent, in the muted colour.
 */
const KNOWN_STATUSES: Record<string, { word: string; color: string }> = {
  PAID: { word: 'invoices.status.paid', color: 'var(--status-paid)' },
  SETTLED: { word: 'invoices.status.settled', color: 'var(--status-paid)' },
  PENDING: { word: 'invoices.status.pending', color: 'var(--status-pending)' },
  EXPIRED: { word: 'invoices.status.expired', color: 'var(--danger)' },
  REFUNDED: { word: 'invoices.status.refunded', color: 'var(--status-refunded)' },
  FAILED: { word: 'invoices.status.failed', color: 'var(--fg-muted)' },
};

const knownStatus = (status: string | null) =>
  status === null ? undefined : KNOWN_STATUSES[status.trim().toUpperCase()];

/** The catalog key for an invoice status, or null for one only the provider knows (shown as sent). */
export const invoiceStatusWord = (status: string): string | null => knownStatus(status)?.word ?? null;

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
    // A known field sent empty (`payment_channel: null`) says nothing: it is left out, not listed raw.
    for (const name of keys) if (invoice[name] === null || invoice[name] === '') used.add(name);
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
  const channel = asText(take(['payment_channel']));
  const dates: InvoiceDate[] = [];
  for (const [key, label] of Object.entries(DATE_LABELS)) {
    const sent = invoice[key];
    if (sent === null || sent === '') used.add(key);
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
    channel,
    dates,
    url,
    rejectedUrl: url === null && typeof urlRaw === 'string' ? urlRaw : null,
    extra: Object.entries(invoice).filter(([key]) => !used.has(key)),
  };
}

/** A field value as readable text: strings as they are, nothing as a dash, everything else as compact JSON. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return '—';
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** An invoice status's colour (see KNOWN_STATUSES). */
export function invoiceStatusColor(status: string | null): string {
  return knownStatus(status)?.color ?? 'var(--fg-muted)';
}
