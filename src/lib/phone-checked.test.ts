import { describe, expect, it } from 'vitest';
import { parsePhoneChecked } from './phone-checked';

describe('parsePhoneChecked', () => {
  it('formats an API number as an Indonesian mobile, the same as the table does', () => {
    expect(parsePhoneChecked('6281578326419')).toEqual({
      display: '+62 815-7832-6419',
      digits: '6281578326419',
      telHref: 'tel:+6281578326419',
      whatsappHref: 'https://wa.me/6281578326419',
    });
    expect(parsePhoneChecked('0812-3456-7890')?.display).toBe('+62 812-3456-7890');
    expect(parsePhoneChecked('+62 812 3456 7890')?.digits).toBe('6281234567890');
  });

  it("uses each country's own grouping for landlines and foreign numbers", () => {
    expect(parsePhoneChecked('62215551234')?.display).toBe('+62 21 5551234');
    expect(parsePhoneChecked('+6591234567')?.display).toBe('+65 9123 4567');
  });

  it('refuses numbers no numbering plan allows, so no link is made of them', () => {
    expect(parsePhoneChecked('62812')).toBeNull();
    expect(parsePhoneChecked('999999999999')).toBeNull();
    expect(parsePhoneChecked('abc')).toBeNull();
    expect(parsePhoneChecked(null)).toBeNull();
  });
});
