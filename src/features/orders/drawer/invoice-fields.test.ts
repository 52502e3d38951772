import { t } from '@/i18n/i18n';
import { describe, expect, it } from 'vitest';
import { describeInvoice, fieldText, invoiceStatusColor, invoiceStatusWord } from './invoice-fields';

const xendit = {
  id: 'a1b2c3',
  invoice_number: 'INV/2026/04/000123',
  status: 'PAID',
  amount: 273500,
  currency: 'IDR',
  invoice_url: 'https://checkout.xendit.co/web/a1b2c3',
  created_at: '2026-04-08T09:30:00.000000+07:00',
  paid_at: '2026-04-08T09:45:00.000000+07:00',
  expiry_date: '2026-04-09T09:30:00.000000+07:00',
  payment_channel: 'BCA',
};

describe('describeInvoice', () => {
  it('picks out the known fields and leaves the rest as sent', () => {
    const view = describeInvoice(xendit);
    expect(view).toMatchObject({
      number: 'INV/2026/04/000123',
      status: 'PAID',
      amount: 273500,
      currency: 'IDR',
      channel: 'BCA',
      url: 'https://checkout.xendit.co/web/a1b2c3',
      rejectedUrl: null,
    });
    expect(view.dates.map((d) => t(d.label))).toEqual(['Created', 'Paid', 'Expires']);
    expect(view.dates[0]?.ms).toBe(Date.parse('2026-04-08T02:30:00Z'));
    expect(view.extra).toEqual([['id', 'a1b2c3']]);
  });

  it("says the providers' statuses in words and keeps an unknown one as sent", () => {
    expect(invoiceStatusWord('PAID')).toBe('invoices.status.paid');
    expect(invoiceStatusWord('expired')).toBe('invoices.status.expired');
    expect(invoiceStatusWord('PARTIALLY_PAID')).toBeNull();
  });

  it('never makes a link of a javascript: URL but keeps it as text', () => {
    const view = describeInvoice({ ...xendit, invoice_url: 'javascript:window.__xss=1' });
    expect(view.url).toBeNull();
    expect(view.rejectedUrl).toBe('javascript:window.__xss=1');
  });

  it('reads amounts sent as strings and keeps unreadable ones raw', () => {
    expect(describeInvoice({ amount: '150000' }).amount).toBe(150000);
    const odd = describeInvoice({ amount: 'lots' });
    expect(odd.amount).toBeNull();
    expect(odd.amountRaw).toBe('lots');
  });

  it('falls back to other names for the number and URL, and leaves out empty known fields', () => {
    const view = describeInvoice({
      external_id: 'cekat-1',
      url: 'https://pay.test/1',
      paid_at: null,
      payment_channel: null,
      expires_at: 'soon',
      note: null,
    });
    expect(view.number).toBe('cekat-1');
    expect(view.url).toBe('https://pay.test/1');
    expect(view.channel).toBeNull();
    expect(view.dates).toEqual([{ key: 'expires_at', label: 'invoices.expires', ms: null, raw: 'soon' }]);
    expect(view.extra).toEqual([['note', null]]);
  });

  it('reads dates without an offset as UTC and epoch numbers as epochs, like created_at', () => {
    const view = describeInvoice({ paid_at: '2026-04-08 02:45:00', expiry_date: 1775721000 });
    expect(view.dates.map((d) => d.ms)).toEqual([
      Date.parse('2026-04-08T02:45:00Z'),
      Date.parse('2026-04-09T07:50:00Z'),
    ]);
  });

  it('survives an empty or odd invoice', () => {
    expect(describeInvoice({})).toMatchObject({
      number: null,
      status: null,
      amount: null,
      dates: [],
      extra: [],
    });
    expect(describeInvoice({ value: 42 }).extra).toEqual([['value', 42]]);
  });
});

describe('fieldText', () => {
  it('shows strings as they are, nothing as a dash and everything else as JSON', () => {
    expect(fieldText('<b>x</b>')).toBe('<b>x</b>');
    expect(fieldText(null)).toBe('—');
    expect(fieldText({ tags: ['reseller'] })).toBe('{"tags":["reseller"]}');
    expect(fieldText(4500)).toBe('4500');
  });
});

describe('invoiceStatusColor', () => {
  it('colours paid green, pending amber, expired red and the rest neutral', () => {
    expect(invoiceStatusColor('PAID')).toBe('var(--status-paid)');
    expect(invoiceStatusColor('pending')).toBe('var(--status-pending)');
    expect(invoiceStatusColor('EXPIRED')).toBe('var(--danger)');
    expect(invoiceStatusColor('VOIDED')).toBe('var(--fg-muted)');
    expect(invoiceStatusColor(null)).toBe('var(--fg-muted)');
  });
});
