import { deriveSeed, Rng } from './prng.ts';
import type { RawInvoice, RawOrder } from './types.ts';

/** Ways an order can deviate from the documented shape; the dashboard must survive every one. */
export const AWKWARD_KINDS = [
  'null-fields',
  'string-numbers',
  'unknown-status',
  'missing-invoices',
  'empty-display-name',
  'null-display-name',
  'null-contact',
  'html-display-name',
  'javascript-invoice-url',
  'extra-invoice-fields',
  'odd-invoice',
] as const;

export type AwkwardKind = (typeof AWKWARD_KINDS)[number];

export const XSS_NAME_PREFIX = '<img src=x onerror="window.__xss=1">';
export const XSS_URL = 'javascript:window.__xss=1';

const NULLABLE = [
  'discount',
  'shipping_fee',
  'grand_total',
  'payment_type',
  'payment_method',
  'conversation_id',
];
const AMOUNTS = ['subtotal', 'discount', 'shipping_fee', 'grand_total'] as const;
// The guaranteed examples of every kind sit among the newest orders, so the first page shows them all.
const SHOWCASE_WINDOW = 50;

function someInvoice(order: RawOrder): RawInvoice {
  order.invoices ??= [];
  const existing = order.invoices[order.invoices.length - 1];
  if (existing) return existing;
  const invoice: RawInvoice = {
    id: order.id.replace(/-/g, '').slice(0, 24),
    invoice_number: `INV/${order.created_at.slice(0, 4)}/${order.created_at.slice(5, 7)}/${order.order_number}`,
    status: 'EXPIRED',
    amount: order.grand_total,
    currency: 'IDR',
    invoice_url: '',
    created_at: order.created_at,
    paid_at: null,
    expiry_date: order.created_at,
    payment_channel: null,
  };
  order.invoices.push(invoice);
  return invoice;
}

const APPLY: Record<AwkwardKind, (order: RawOrder, rng: Rng) => void> = {
  'null-fields': (order, rng) => {
    const fields = order as unknown as Record<string, unknown>;
    for (const field of NULLABLE) if (rng.chance(0.4)) fields[field] = null;
    fields[rng.pick(NULLABLE)] = null;
  },
  'string-numbers': (order) => {
    for (const field of AMOUNTS) if (order[field] !== null) order[field] = String(order[field]);
    for (const invoice of order.invoices ?? []) {
      if (typeof invoice.amount === 'number') invoice.amount = String(invoice.amount);
    }
  },
  'unknown-status': (order, rng) => {
    order.order_status = rng.pick(['on_hold', 'awaiting_pickup']);
  },
  'missing-invoices': (order) => {
    delete order.invoices;
  },
  'empty-display-name': (order) => {
    if (order.contact) order.contact.display_name = '';
  },
  'null-display-name': (order) => {
    if (order.contact) order.contact.display_name = null;
  },
  'null-contact': (order) => {
    order.contact = null;
  },
  'html-display-name': (order) => {
    if (order.contact)
      order.contact.display_name = `${XSS_NAME_PREFIX}${order.contact.display_name ?? 'Budi'}`;
  },
  'javascript-invoice-url': (order) => {
    someInvoice(order).invoice_url = XSS_URL;
  },
  'extra-invoice-fields': (order, rng) => {
    Object.assign(someInvoice(order), {
      external_id: `cekat-order-${order.order_number}`,
      merchant_name: 'Toko Cekat Demo',
      xendit_fee: rng.pick([4000, 4440, 4500, 5550]),
      metadata: { source: 'whatsapp', campaign: null, tags: ['reseller'] },
      items: [{ name: 'Produk', quantity: 1, price: order.subtotal }],
    });
  },
  'odd-invoice': (order) => {
    const invoice = someInvoice(order) as Record<string, unknown>;
    delete invoice.amount;
    delete invoice.currency;
    delete invoice.paid_at;
    invoice.status = 'SETTLED';
  },
};

function cloneOrder(order: RawOrder): RawOrder {
  const copy = { ...order, contact: order.contact && { ...order.contact } };
  if (order.invoices) copy.invoices = order.invoices.map((invoice) => ({ ...invoice }));
  return copy;
}

/** A copy of `order` with the given kinds applied in order. */
export function makeAwkwardOrder(order: RawOrder, kinds: readonly AwkwardKind[], rng: Rng): RawOrder {
  const copy = cloneOrder(order);
  for (const kind of kinds) APPLY[kind](copy, rng);
  return copy;
}

export function randomAwkwardKinds(rng: Rng): AwkwardKind[] {
  const kinds = [rng.pick(AWKWARD_KINDS)];
  if (rng.chance(0.3)) kinds.push(rng.pick(AWKWARD_KINDS));
  return kinds;
}

/**
 * Replaces about `fraction` of `orders` (newest first) with awkward copies, deterministically from `seed`.
 * With at least 50 orders, each kind appears on its own at least once among the newest 50.
 */
export function applyAwkward(orders: RawOrder[], fraction: number, seed: number): void {
  const n = orders.length;
  if (fraction <= 0 || n === 0) return;
  const rng = new Rng(deriveSeed(seed, 'awkward'));
  const chosen = new Uint8Array(n);
  let remaining = Math.min(n, Math.round(fraction * n));
  if (n >= SHOWCASE_WINDOW) {
    const window = shuffledPrefix(rng, SHOWCASE_WINDOW, AWKWARD_KINDS.length);
    AWKWARD_KINDS.forEach((kind, i) => {
      const index = window[i] as number;
      chosen[index] = 1;
      orders[index] = makeAwkwardOrder(orders[index] as RawOrder, [kind], rng);
    });
    remaining -= AWKWARD_KINDS.length;
  }
  const candidates = shuffledPrefix(rng, n, Math.max(0, Math.min(n, remaining + AWKWARD_KINDS.length)));
  for (let i = 0; i < candidates.length && remaining > 0; i++) {
    const index = candidates[i] as number;
    if (chosen[index]) continue;
    orders[index] = makeAwkwardOrder(orders[index] as RawOrder, randomAwkwardKinds(rng), rng);
    remaining--;
  }
}

/** The first `take` entries of a Fisher–Yates shuffle of 0..n-1. */
function shuffledPrefix(rng: Rng, n: number, take: number): Int32Array {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng.float() * (n - i));
    const swap = values[i] as number;
    values[i] = values[j] as number;
    values[j] = swap;
  }
  return values.subarray(0, take);
}
