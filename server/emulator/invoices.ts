import { type Rng, weighted } from './prng.ts';
import { MICROS_PER_DAY, MICROS_PER_SECOND, type OffsetMinutes, TextWriter } from './text-writer.ts';
import type { OrderStatus, RawInvoice } from './types.ts';

export type InvoiceContext = {
  status: OrderStatus;
  createdMicros: number;
  anchorMicros: number;
  amount: number;
  paymentMethod: string;
  offset: OffsetMinutes;
};

const CHANNELS: Record<string, readonly string[]> = {
  xendit: [
    'BCA',
    'BNI',
    'BRI',
    'MANDIRI',
    'PERMATA',
    'OVO',
    'DANA',
    'SHOPEEPAY',
    'LINKAJA',
    'QRIS',
    'CREDIT_CARD',
  ],
  midtrans: [
    'gopay',
    'shopeepay',
    'bca_va',
    'bni_va',
    'bri_va',
    'permata_va',
    'echannel',
    'credit_card',
    'qris',
  ],
  bank_transfer: ['BCA', 'MANDIRI', 'BNI', 'BRI'],
  qris: ['QRIS'],
  cod: ['COD'],
};
const PRIOR_EXPIRED = weighted([
  [0, 80],
  [1, 15],
  [2, 5],
]);
const CANCELLED_INVOICES = weighted([
  [0, 45],
  [1, 45],
  [2, 10],
]);
const MINUTE = 60 * MICROS_PER_SECOND;
const DAY = MICROS_PER_DAY;

/**
 * Makes 0–3 Xendit-like invoices consistent with an order's status as of the anchor: pending ends in PENDING
 * (or has only EXPIRED ones), paid and later end in PAID, refunded ends in PAID or REFUNDED, cancelled has none
 * or EXPIRED ones. Invoices expire after 24 hours, so earlier expired attempts appear only on old enough orders.
 * Numbers run `INV/YYYY/MM/NNNNNN` in creation order.
 */
export class InvoiceMaker {
  private readonly text = new TextWriter();
  private nextNumber = 1;
  private invoices: RawInvoice[] = [];
  private ctx!: InvoiceContext;

  constructor(private readonly rng: Rng) {}

  make(ctx: InvoiceContext): RawInvoice[] {
    const { rng } = this;
    const { status, anchorMicros } = ctx;
    this.ctx = ctx;
    this.invoices = [];
    const firstAt = Math.min(ctx.createdMicros + rng.int(20, 600) * MICROS_PER_SECOND, anchorMicros);

    if (status === 'pending') {
      if (firstAt + DAY >= anchorMicros) return this.add(firstAt, 'PENDING', null);
      this.add(firstAt, 'EXPIRED', null);
      if (rng.chance(0.45)) {
        const from = Math.max(firstAt + DAY, anchorMicros - DAY + 1);
        this.add(from + Math.floor(rng.float() * (anchorMicros - from)), 'PENDING', null);
      }
    } else if (status === 'cancelled') {
      let at = firstAt;
      for (let n = rng.pickWeighted(CANCELLED_INVOICES); n > 0 && at < anchorMicros; n--) {
        this.add(at, 'EXPIRED', null);
        at += DAY + rng.int(1, 120) * MINUTE;
      }
    } else {
      let expired = rng.pickWeighted(PRIOR_EXPIRED);
      while (expired > 0 && firstAt + expired * (DAY + 60 * MINUTE) >= anchorMicros) expired--;
      let at = firstAt;
      for (let i = 0; i < expired; i++) {
        this.add(at, 'EXPIRED', null);
        at += DAY + rng.int(1, 60) * MINUTE;
      }
      // Payment comes between one minute and six hours after the invoice, log-uniformly.
      const paidAt = Math.min(at + Math.floor(Math.exp(rng.float() * Math.log(360)) * MINUTE), anchorMicros);
      this.add(at, status === 'refunded' && rng.chance(0.5) ? 'REFUNDED' : 'PAID', paidAt);
    }
    return this.invoices;
  }

  private add(createdMicros: number, status: string, paidMicros: number | null): RawInvoice[] {
    const { text, ctx } = this;
    const id = text.hexId(this.rng, 3);
    const createdAt = text.timestamp(createdMicros, ctx.offset);
    // An EXPIRED invoice on a cancelled order was expired by hand, so it can end before its 24 hours.
    const expiry =
      status === 'EXPIRED' ? Math.min(createdMicros + DAY, ctx.anchorMicros) : createdMicros + DAY;
    const n = this.nextNumber++;
    this.invoices.push({
      id,
      invoice_number: text
        .start()
        .text('INV/')
        .text(createdAt, 0, 4)
        .text('/')
        .text(createdAt, 5, 7)
        .text('/')
        .digits(n, Math.max(6, String(n).length))
        .finish(),
      status,
      amount: ctx.amount,
      currency: 'IDR',
      invoice_url: 'https://checkout.xendit.co/web/' + id,
      created_at: createdAt,
      paid_at: paidMicros === null ? null : text.timestamp(paidMicros, ctx.offset),
      expiry_date: text.timestamp(expiry, ctx.offset),
      payment_channel: paidMicros === null ? null : this.rng.pick(CHANNELS[ctx.paymentMethod] ?? ['BCA']),
    });
    return this.invoices;
  }
}
