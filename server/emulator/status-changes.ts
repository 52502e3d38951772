import type { Rng } from './prng.ts';
import { MICROS_PER_SECOND, TextWriter } from './text-writer.ts';
import type { RawInvoice, RawOrder } from './types.ts';

/** One order moving on in its life. */
export type StatusChange = { id: string; from: string; to: string };

/** Where each status goes next, with weights; `cancelled` and `refunded` are final, unknown statuses stay. */
const NEXT: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  pending: [
    ['paid', 80],
    ['cancelled', 20],
  ],
  paid: [
    ['processing', 95],
    ['refunded', 5],
  ],
  processing: [
    ['shipped', 95],
    ['cancelled', 2],
    ['refunded', 3],
  ],
  shipped: [['delivered', 100]],
  delivered: [['refunded', 100]],
};

/** Share of changes that pick from the whole history (a delivered order refunded months later). */
const DEEP_SHARE = 0.15;
const ATTEMPTS = 8;
const CHANNELS = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'QRIS', 'OVO', 'DANA'];

/** The status an order moves to next, or null when it has settled (or its status is not one we know). */
export function nextStatus(status: string, rng: Rng): string | null {
  const options = NEXT[status];
  if (!options) return null;
  let x = rng.float() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [next, weight] of options) if ((x -= weight) < 0) return next;
  return options[options.length - 1]![0];
}

/**
 * An index into the newest-first list: mostly among the newest orders (a steep power law), sometimes anywhere
 * in the history, so changes look like a shop's day.
 */
export function pickIndex(length: number, rng: Rng): number {
  const u = rng.float();
  return Math.min(length - 1, Math.floor(length * (rng.chance(DEEP_SHARE) ? u : u ** 6)));
}

/** Invoices follow the status: paying settles the pending invoice, cancelling expires it, refunding marks it. */
function moveInvoices(order: RawOrder, to: string, atMicros: number, rng: Rng, text: TextWriter): void {
  const invoices = order.invoices;
  if (!Array.isArray(invoices)) return;
  const at = text.timestamp(atMicros, 0);
  const open = invoices.findLast((invoice) => invoice.status === 'PENDING');
  if (to === 'paid') {
    const paid: RawInvoice = open ?? newInvoice(order, atMicros, rng, text);
    if (!open) invoices.push(paid);
    paid.status = 'PAID';
    paid.paid_at = at;
    paid.payment_channel = rng.pick(CHANNELS);
  } else if (to === 'cancelled' && open) {
    open.status = 'EXPIRED';
    open.expiry_date = at;
  } else if (to === 'refunded') {
    const paid = invoices.findLast((invoice) => invoice.status === 'PAID');
    if (paid) paid.status = 'REFUNDED';
  }
}

function newInvoice(order: RawOrder, atMicros: number, rng: Rng, text: TextWriter): RawInvoice {
  const id = text.hexId(rng, 3);
  const createdAt = text.timestamp(atMicros - 60 * MICROS_PER_SECOND, 0);
  return {
    id,
    invoice_number: `INV/${createdAt.slice(0, 4)}/${createdAt.slice(5, 7)}/R${order.order_number}`,
    status: 'PENDING',
    amount: order.grand_total,
    currency: 'IDR',
    invoice_url: 'https://checkout.xendit.co/web/' + id,
    created_at: createdAt,
    paid_at: null,
    expiry_date: text.timestamp(atMicros + 24 * 3600 * MICROS_PER_SECOND, 0),
    payment_channel: null,
  };
}

/** The orders, newest first, read by position (so a change never copies the whole history). */
export type OrdersByPosition = { readonly length: number; at(index: number): RawOrder };

/**
 * Moves one order (picked by {@link pickIndex}) on in its life at `atMicros`, in place, invoices included;
 * null when the picks found only settled orders. Deterministic for a given rng state.
 */
export function changeOneStatus(
  orders: OrdersByPosition,
  atMicros: number,
  rng: Rng,
  text = new TextWriter(),
): StatusChange | null {
  if (orders.length === 0) return null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const order = orders.at(pickIndex(orders.length, rng));
    const from = order.order_status;
    const to = nextStatus(from, rng);
    if (to === null) continue;
    order.order_status = to;
    moveInvoices(order, to, atMicros, rng, text);
    return { id: order.id, from, to };
  }
  return null;
}
