import { describe, expect, it } from 'vitest';
import { checkReceipt } from './receipt';

const base = { subtotal: 178000, discount: 0, shipping_fee: 95500, grand_total: 273500 };

describe('checkReceipt', () => {
  it('accepts the documented example', () => {
    expect(checkReceipt(base)).toEqual({ kind: 'ok' });
  });

  it('subtracts the discount and adds shipping', () => {
    expect(
      checkReceipt({ subtotal: 100000, discount: 15000, shipping_fee: 9000, grand_total: 94000 }),
    ).toEqual({
      kind: 'ok',
    });
  });

  it('reports a total that does not add up, with the expected figure and the difference', () => {
    expect(checkReceipt({ ...base, grand_total: 280000 })).toEqual({
      kind: 'mismatch',
      expected: 273500,
      difference: 6500,
    });
    expect(checkReceipt({ ...base, grand_total: 270000 })).toMatchObject({
      kind: 'mismatch',
      difference: -3500,
    });
  });

  it('ignores sub-rupiah rounding noise', () => {
    expect(checkReceipt({ ...base, grand_total: 273500.4 })).toEqual({ kind: 'ok' });
  });

  it('names the missing amounts instead of guessing them', () => {
    expect(checkReceipt({ ...base, discount: null, grand_total: null })).toEqual({
      kind: 'incomplete',
      missing: ['discount', 'grand total'],
    });
  });
});
