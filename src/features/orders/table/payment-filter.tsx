import { t } from '@/i18n/i18n';
import { formatInteger } from '@/lib/format';
import { paymentMethodLabel } from '../payment-words';
import type { PaymentOption } from '../model/select-orders';
import type { SetOrdersView } from '../view-state';

const label = (value: string) => paymentMethodLabel(value) ?? t('payment.none');

/** One payment method or all; the URL can hold several (a shared link), shown as "several". */
export function PaymentFilter({
  options,
  payment,
  setView,
}: {
  options: PaymentOption[];
  payment: string[];
  setView: SetOrdersView;
}) {
  const value = payment.length === 0 ? '*' : payment.length === 1 ? payment[0]! : '+';
  return (
    <select
      aria-label={t('payment.method')}
      value={value}
      onChange={(e) => setView({ payment: e.target.value === '*' ? [] : [e.target.value] })}
      className="h-8 rounded-md border border-border bg-surface px-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent"
    >
      <option value="*">{t('payment.all')}</option>
      {value === '+' && <option value="+">{t('payment.several')}</option>}
      {payment.length === 1 && !options.some((o) => o.value === payment[0]) && (
        <option value={payment[0]}>{label(payment[0]!)}</option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {label(o.value)} ({formatInteger(o.count)})
        </option>
      ))}
    </select>
  );
}
