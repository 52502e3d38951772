import { t } from '@/i18n/i18n';

/** Catalog keys of the documented payment types. */
const PAYMENT_TYPES: Record<string, string> = {
  one_time_payment: 'payment.type.one_time',
  recurring_payment: 'payment.type.recurring',
  subscription: 'payment.type.subscription',
  installment: 'payment.type.installment',
  down_payment: 'payment.type.down_payment',
};

/** Brand names as they are; generic methods as catalog keys (`payment.…`). */
const PAYMENT_METHODS: Record<string, string> = {
  xendit: 'Xendit',
  midtrans: 'Midtrans',
  bank_transfer: 'payment.method.bank_transfer',
  qris: 'QRIS',
  cod: 'payment.method.cod',
  manual: 'payment.method.manual',
  ovo: 'OVO',
  dana: 'DANA',
  gopay: 'GoPay',
  shopeepay: 'ShopeePay',
};

function words(table: Record<string, string>, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const known = table[value.trim().toLowerCase()];
  if (known === undefined) return value;
  return known.startsWith('payment.') ? t(known) : known;
}

/** `one_time_payment` → "Sekali bayar" / "One-time payment"; an unknown value is shown as the API sent it; null when missing. */
export function paymentTypeLabel(value: string | null | undefined): string | null {
  return words(PAYMENT_TYPES, value);
}

/** `xendit` → "Xendit"; an unknown provider is shown as the API sent it; null when missing. */
export function paymentMethodLabel(value: string | null | undefined): string | null {
  return words(PAYMENT_METHODS, value);
}
