import { describe, expect, it } from 'vitest';
import { parsePhone, phoneDigits } from './phone';

describe('parsePhone', () => {
  it('formats an API number (country code, no plus) as an Indonesian mobile with links', () => {
    expect(parsePhone('6281578326419')).toEqual({
      display: '+62 815-7832-6419',
      digits: '6281578326419',
      telHref: 'tel:+6281578326419',
      whatsappHref: 'https://wa.me/6281578326419',
    });
  });

  it('reads numbers the way people type them', () => {
    expect(parsePhone('0812-3456-7890')?.display).toBe('+62 812-3456-7890');
    expect(parsePhone('+62 812 3456 7890')?.digits).toBe('6281234567890');
    expect(parsePhone(' 081234567890 ')?.whatsappHref).toBe('https://wa.me/6281234567890');
  });

  it('groups shorter and longer mobiles without losing digits', () => {
    expect(parsePhone('628123456789')?.display).toBe('+62 812-3456-789');
    expect(parsePhone('62812345678901')?.display).toBe('+62 812-3456-78901');
  });

  it('leaves other numbers ungrouped behind their plus', () => {
    expect(parsePhone('62215551234')?.display).toBe('+62 215551234');
    expect(parsePhone('+6591234567')?.display).toBe('+6591234567');
  });

  it('gives null for what is not a phone number', () => {
    expect(parsePhone(null)).toBeNull();
    expect(parsePhone('')).toBeNull();
    expect(parsePhone('call me')).toBeNull();
    expect(parsePhone('12345')).toBeNull();
    expect(parsePhone('1234567890123456789')).toBeNull();
  });
});

describe('phoneDigits', () => {
  it('keeps digits and turns a local leading 0 into 62', () => {
    expect(phoneDigits('0812-3456-7890')).toBe('6281234567890');
    expect(phoneDigits('+62 812 3456 7890')).toBe('6281234567890');
    expect(phoneDigits('6281234567890')).toBe('6281234567890');
  });
});
