import { describe, expect, it } from 'vitest';
import { paymentMethodLabel, paymentTypeLabel } from './payment-words';

describe('payment words', () => {
  it('puts the documented values in words', () => {
    expect(paymentTypeLabel('one_time_payment')).toBe('One-time payment');
    expect(paymentMethodLabel('xendit')).toBe('Xendit');
    expect(paymentMethodLabel('bank_transfer')).toBe('Bank transfer');
    expect(paymentMethodLabel('cod')).toBe('Cash on delivery');
  });

  it('is not fooled by case or surrounding spaces', () => {
    expect(paymentMethodLabel(' Xendit ')).toBe('Xendit');
  });

  it('shows unknown values exactly as given', () => {
    expect(paymentTypeLabel('pay_later_v2')).toBe('pay_later_v2');
    expect(paymentMethodLabel('Doku')).toBe('Doku');
  });

  it('gives null for missing values so the caller can show a dash', () => {
    expect(paymentTypeLabel(null)).toBeNull();
    expect(paymentMethodLabel('')).toBeNull();
    expect(paymentMethodLabel(undefined)).toBeNull();
  });
});
