import type { Order } from '../api/order-schema';

export type ReceiptCheck =
  | { kind: 'ok' }
  | { kind: 'mismatch'; expected: number; difference: number }
  | { kind: 'incomplete'; missing: string[] };

type Amounts = Pick<Order, 'subtotal' | 'discount' | 'shipping_fee' | 'grand_total'>;

const LABELS: Record<keyof Amounts, string> = {
  subtotal: 'subtotal',
  discount: 'discount',
  shipping_fee: 'shipping',
  grand_total: 'grand total',
};

/**
 * Whether `grand_total = subtotal - discount + shipping_fee`. The numbers are only checked, never corrected:
 * the screen shows the API's figures and a note when they disagree. Sub-rupiah noise is not a mismatch.
 */
export function checkReceipt(amounts: Amounts): ReceiptCheck {
  const missing = (Object.keys(LABELS) as (keyof Amounts)[]).filter((key) => amounts[key] === null);
  if (missing.length > 0) return { kind: 'incomplete', missing: missing.map((key) => LABELS[key]) };
  const { subtotal, discount, shipping_fee, grand_total } = amounts as Record<keyof Amounts, number>;
  const expected = subtotal - discount + shipping_fee;
  const difference = grand_total - expected;
  return Math.abs(difference) < 1 ? { kind: 'ok' } : { kind: 'mismatch', expected, difference };
}
