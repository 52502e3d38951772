import { t } from '@/i18n/i18n';
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
      ? t(check.difference > 0 ? 'receipt.mismatch_less' : 'receipt.mismatch_more', {
          expected: formatRupiah(check.expected),
          difference: formatRupiah(Math.abs(check.difference)),
        })
      : t('receipt.missing', { fields: check.missing.join(', ') });
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
    <DetailSection title={t('receipt.title')}>
      <dl className="tabular">
        <DetailRow label={t('column.subtotal')}>{formatRupiah(order.subtotal)}</DetailRow>
        <DetailRow label={t('column.discount')}>
          {order.discount ? `− ${formatRupiah(order.discount)}` : formatRupiah(order.discount)}
        </DetailRow>
        <DetailRow label={t('column.shipping')}>{formatRupiah(order.shipping_fee)}</DetailRow>
        <div className="mt-1 flex items-baseline justify-between gap-4 border-t border-border pt-2 text-base font-semibold">
          <dt>{t('column.grand_total')}</dt>
          <dd>{formatRupiah(order.grand_total)}</dd>
        </div>
      </dl>
      <ReceiptNote check={check} />
      <dl className="mt-3 border-t border-dashed border-border pt-2">
        <DetailRow label={t('receipt.payment_type')}>
          {paymentTypeLabel(order.payment_type) ?? MISSING}
        </DetailRow>
        <DetailRow label={t('payment.method')}>
          {paymentMethodLabel(order.payment_method) ?? MISSING}
        </DetailRow>
      </dl>
    </DetailSection>
  );
}
