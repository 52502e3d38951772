const PAYMENT_TYPES: Record<string, string> = {
  one_time_payment: 'One-time payment',
  recurring_payment: 'Recurring payment',
  subscription: 'Subscription',
  installment: 'Instalment',
  down_payment: 'Down payment',
};

const PAYMENT_METHODS: Record<string, string> = {
  xendit: 'Xendit',
  midtrans: 'Midtrans',
  bank_transfer: 'Bank transfer',
  qris: 'QRIS',
  cod: 'Cash on delivery',
  manual: 'Manual',
  ovo: 'OVO',
  dana: 'DANA',
  gopay: 'GoPay',
  shopeepay: 'ShopeePay',
};

function words(table: Record<string, string>, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return table[value.trim().toLowerCase()] ?? value;
}

/** `one_time_payment` → "One-time payment"; an unknown value is shown as the API sent it; null when missing. */
export function paymentTypeLabel(value: string | null | undefined): string | null {
  return words(PAYMENT_TYPES, value);
}

/** `xendit` → "Xendit"; an unknown provider is shown as the API sent it; null when missing. */
export function paymentMethodLabel(value: string | null | undefined): string | null {
  return words(PAYMENT_METHODS, value);
}
