// zod/mini: the same validation as zod with a far smaller share of the first-load bundle.
import { z } from 'zod/mini';
import { ApiError } from './api-error.ts';

/** A field that may be absent, null or of the wrong type, normalised by `read` rather than rejected. */
const lenient = <T>(read: (value: unknown) => T) => z.pipe(z.optional(z.unknown()), z.transform(read));

/** Numbers may arrive as numbers, numeric strings or null; anything unreadable becomes null, never a guess. */
function readAmount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function readText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}

function readContact(v: unknown): Contact | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const c = v as Record<string, unknown>;
  return {
    id: readText(c.id),
    display_name: readText(c.display_name),
    phone_number: readText(c.phone_number),
  };
}

/** Invoice shape is undocumented: keep every field as sent; a non-object entry is kept under `value`. */
function readInvoices(v: unknown): Invoice[] | null {
  if (v === undefined || v === null) return null;
  const list = Array.isArray(v) ? v : [v];
  return list.map((item) =>
    item && typeof item === 'object' && !Array.isArray(item) ? (item as Invoice) : { value: item },
  );
}

const amount = lenient(readAmount);
const text = lenient(readText);

export type Invoice = Record<string, unknown>;
export type Contact = { id: string | null; display_name: string | null; phone_number: string | null };

export const orderSchema = z.looseObject({
  id: text,
  order_number: amount,
  order_status: lenient((v) => readText(v) ?? ''),
  subtotal: amount,
  discount: amount,
  shipping_fee: amount,
  grand_total: amount,
  payment_type: text,
  payment_method: text,
  contact_id: text,
  contact: lenient(readContact),
  invoices: lenient(readInvoices),
  conversation_id: text,
  created_at: text,
});

/** One normalised order, used everywhere after the API boundary. Unknown upstream fields are kept too. */
export type Order = {
  id: string;
  order_number: number | null;
  /** As sent; '' when missing. Unknown statuses are kept as they are. */
  order_status: string;
  subtotal: number | null;
  discount: number | null;
  shipping_fee: number | null;
  grand_total: number | null;
  payment_type: string | null;
  payment_method: string | null;
  contact_id: string | null;
  contact: Contact | null;
  /** Null when the API left the field out. */
  invoices: Invoice[] | null;
  conversation_id: string | null;
  created_at: string | null;
  /** `created_at` as epoch milliseconds, or null when missing or unreadable. */
  createdAtMs: number | null;
};

export type ParsedPage = {
  orders: Order[];
  /** The objects exactly as sent, aligned with `orders` (the mirror stores these). */
  raw: Record<string, unknown>[];
  /** Entries that were not objects at all (so could not be shown as orders). */
  skipped: number;
};

/** An order without an id still needs a stable key; derive one from what it has rather than dropping it. */
function fallbackId(order: { order_number: number | null }, position: string): string {
  return order.order_number !== null ? `no-id:#${order.order_number}` : `no-id:${position}`;
}

/**
 * Parses the documented envelope `{ message, data: { orders: [...] } }`. Each order is normalised on its own,
 * so one odd order never costs the page; a body that is not an orders envelope at all is an error.
 */
export function parseOrdersPage(body: unknown, pageLabel = ''): ParsedPage {
  const data = body && typeof body === 'object' ? (body as Record<string, unknown>).data : undefined;
  const list = data && typeof data === 'object' ? (data as Record<string, unknown>).orders : undefined;
  if (!Array.isArray(list)) {
    throw new ApiError(
      'malformed',
      200,
      'The API answered, but not with a list of orders (no data.orders array).',
    );
  }
  const orders: Order[] = [];
  const raw: Record<string, unknown>[] = [];
  let skipped = 0;
  list.forEach((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      skipped++;
      return;
    }
    // The schema returns a fresh object: complete it in place rather than copying 100k orders once more.
    const order = orderSchema.parse(item) as Omit<Order, 'id'> & { id: string | null };
    const createdAtMs = order.created_at ? Date.parse(order.created_at) : NaN;
    if (!order.id) order.id = fallbackId(order, `${pageLabel}:${index}`);
    order.createdAtMs = Number.isNaN(createdAtMs) ? null : createdAtMs;
    orders.push(order as Order);
    raw.push(item as Record<string, unknown>);
  });
  return { orders, raw, skipped };
}
