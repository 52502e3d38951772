import { AlertTriangle } from 'lucide-react';
import { formatRupiah, MISSING } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { DetailRow, DetailSection } from './detail-section';
import { paymentMethodLabel, paymentTypeLabel } from '../payment-words';
import { checkReceipt, type ReceiptCheck } from './receipt';

function ReceiptNote({ check }: { check: ReceiptCheck }) {
  if (check.kind === 'ok') return null;
  const text =
    check.kind === 'mismatch'
      ? `These amounts don't add up: subtotal − discount + shipping is ${formatRupiah(check.expected)}, ${formatRupiah(Math.abs(check.difference))} ${check.difference > 0 ? 'less' : 'more'} than the grand total. Shown as the API sent them.`
      : `Missing from the API: ${check.missing.join(', ')}. The total can't be checked.`;
  return (
    <p
      role="note"
      className="mt-2 flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-2.5 py-2 text-sm"
    >
      <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <span>{text}</span>
    </p>
  );
}

/** The amounts as a receipt, exactly as sent, with a note when they disagree, then how it is paid. */
export function OrderReceipt({ order }: { order: Order }) {
  const check = checkReceipt(order);
  return (
    <DetailSection title="Amounts">
      <dl className="tabular">
        <DetailRow label="Subtotal">{formatRupiah(order.subtotal)}</DetailRow>
        <DetailRow label="Discount">
          {order.discount ? `− ${formatRupiah(order.discount)}` : formatRupiah(order.discount)}
        </DetailRow>
        <DetailRow label="Shipping">{formatRupiah(order.shipping_fee)}</DetailRow>
        <div className="mt-1 flex items-baseline justify-between gap-4 border-t border-border pt-2 text-base font-semibold">
          <dt>Grand total</dt>
          <dd>{formatRupiah(order.grand_total)}</dd>
        </div>
      </dl>
      <ReceiptNote check={check} />
      <dl className="mt-3 border-t border-dashed border-border pt-2">
        <DetailRow label="Payment type">{paymentTypeLabel(order.payment_type) ?? MISSING}</DetailRow>
        <DetailRow label="Payment method">{paymentMethodLabel(order.payment_method) ?? MISSING}</DetailRow>
      </dl>
    </DetailSection>
  );
}
