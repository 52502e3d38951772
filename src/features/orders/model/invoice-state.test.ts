import { invoiceState } from './invoice-state';

describe('invoiceState', () => {
  it('tells paid, unpaid, none and unknown apart', () => {
    expect(invoiceState(null)).toBe('unknown');
    expect(invoiceState([])).toBe('none');
    expect(invoiceState([{ status: 'EXPIRED' }, { status: 'paid' }])).toBe('paid');
    expect(invoiceState([{ status: 'PENDING' }, { value: 3 }])).toBe('unpaid');
  });
});
