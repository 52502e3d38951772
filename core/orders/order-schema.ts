import { ApiError } from './api-error.ts';

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

/** `2026-04-08T09:29:07.444755` or `2026-04-08 09:29`: a date and time with no offset, nor `Z`. */
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const EPOCH_SECONDS = /^\d{9,11}(\.\d+)?$/;
const EPOCH_MS = /^\d{12,14}$/;

/**
 * `created_at` as epoch ms, the same on every device: a time without an offset is UTC (what the API's
 * `+00:00` example and naive server timestamps are), never the zone of the device that reads it; epoch
 * seconds or milliseconds (numbers, or digits in a string) are read as such; anything else is null.
 */
export function readTime(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (EPOCH_SECONDS.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (EPOCH_MS.test(trimmed)) return Number(trimmed);
  const ms = Date.parse(NO_OFFSET.test(trimmed) ? `${trimmed.replace(' ', 'T')}Z` : trimmed);
  return Number.isNaN(ms) ? null : ms;
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

export type Invoice = Record<string, unknown>;
export type Contact = { id: string | null; display_name: string | null; phone_number: string | null };

/**
 * One order object as sent, normalised: every documented field read leniently (never rejected), every unknown
 * field kept as is. Plain reads rather than a schema library: nothing here can fail, and a schema's per-field
 * machinery cost several times the reads themselves on a 100,000-order sync.
 */
export function readOrder(item: Record<string, unknown>): Omit<Order, 'id' | 'createdAtMs'> & {
  id: string | null;
} {
  const order: Record<string, unknown> = {
    id: readText(item.id),
    order_number: readAmount(item.order_number),
    order_status: readText(item.order_status) ?? '',
    subtotal: readAmount(item.subtotal),
    discount: readAmount(item.discount),
    shipping_fee: readAmount(item.shipping_fee),
    grand_total: readAmount(item.grand_total),
    payment_type: readText(item.payment_type),
    payment_method: readText(item.payment_method),
    contact_id: readText(item.contact_id),
    contact: readContact(item.contact),
    invoices: readInvoices(item.invoices),
    conversation_id: readText(item.conversation_id),
    created_at: readText(item.created_at),
  };
  for (const key of Object.keys(item)) {
    if (key !== '__proto__' && !Object.hasOwn(order, key)) order[key] = item[key];
  }
  return order as ReturnType<typeof readOrder>;
}

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
  /**
   * Entries the list held, orders or not: the page's length for the end-of-list rule, so a `null` among 100
   * entries never makes a full page look short.
   */
  entries: number;
};

type Unkeyed = Pick<Order, 'order_number' | 'created_at' | 'contact_id' | 'contact' | 'conversation_id'>;

/**
 * An order without an id still needs a key that stays its own when new orders shift it to another page: its
 * number, else what never changes in an order's life (when it was created, whose, which conversation). Its
 * place in the list only without a creation time: a contact's orders alone would share one key.
 */
function fallbackId(order: Unkeyed, position: string): string {
  if (order.order_number !== null) return `no-id:#${order.order_number}`;
  if (order.created_at === null) return `no-id:${position}`;
  const whose = order.contact_id ?? order.contact?.id ?? '';
  return `no-id:${order.created_at}|${whose}|${order.conversation_id ?? ''}`;
}

/** A 2xx whose body is Cekat's error envelope (`success: false`, `status_code`): the status it names. */
function envelopeFailure(body: Record<string, unknown>): ApiError | null {
  const code = body.status_code;
  if (body.success !== false || typeof code !== 'number' || code < 400 || code > 599) return null;
  const error = body.error as Record<string, unknown> | undefined;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${code}`;
  return new ApiError('http', code, message);
}

/**
 * Parses the documented envelope `{ message, data: { orders: [...] } }`. Each order is normalised on its own,
 * so one odd order never costs the page; a body that is not an orders envelope at all is an error. `orders`
 * null, or left out of a `data` that holds no list at all, is an empty page (servers write an empty list so);
 * a `data` holding a list under another name is an error, never an empty shop. An error envelope sent with a
 * 2xx is the error it names (a 401 there is a refused key).
 */
export function parseOrdersPage(body: unknown, pageLabel = ''): ParsedPage {
  const envelope = body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  const failure = envelope && envelopeFailure(envelope);
  if (failure) throw failure;
  const data = envelope?.data;
  const fields =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const sent = fields?.orders;
  const noList = fields !== null && sent === undefined && !Object.values(fields).some(Array.isArray);
  const list = sent === null || noList ? [] : sent;
  if (!Array.isArray(list)) {
    throw new ApiError(
      'malformed',
      200,
      'The API answered, but not with a list of orders (no data.orders array).',
    );
  }
  const orders: Order[] = [];
  const raw: Record<string, unknown>[] = [];
  list.forEach((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    // A fresh object: complete it in place rather than copying 100k orders once more.
    const order = readOrder(item as Record<string, unknown>) as Omit<Order, 'id'> & { id: string | null };
    if (!order.id) order.id = fallbackId(order, `${pageLabel}:${index}`);
    order.createdAtMs = readTime(order.created_at);
    orders.push(order as Order);
    raw.push(item as Record<string, unknown>);
  });
  return { orders, raw, entries: list.length };
}
