import { i18n } from '@/i18n/i18n';
import { messages as en } from '@/i18n/locales/en.po';
import { messages as id } from '@/i18n/locales/id.po';
import { formatCompactRupiah, formatShare } from './format-compact';

// Intl separates the symbol and the unit with no-break spaces so a label never wraps inside an amount.
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('formatCompactRupiah', () => {
  afterAll(() => i18n.loadAndActivate({ locale: 'en', messages: en }));

  it('uses Indonesian units in Indonesian: rb, jt, M, T', () => {
    i18n.loadAndActivate({ locale: 'id', messages: id });
    expect(formatCompactRupiah(850_000)).toBe(nb('Rp 850 rb'));
    expect(formatCompactRupiah(1_234_567)).toBe(nb('Rp 1,23 jt'));
    expect(formatCompactRupiah(3_400_000_000)).toBe(nb('Rp 3,4 M'));
    expect(formatCompactRupiah(12_500_000_000_000)).toBe(nb('Rp 12,5 T'));
  });

  it('uses English units in English, where "M" is a million, with the same Rupiah separators', () => {
    i18n.loadAndActivate({ locale: 'en', messages: en });
    expect(formatCompactRupiah(850_000)).toBe(nb('Rp 850K'));
    expect(formatCompactRupiah(725_500_000)).toBe(nb('Rp 726M'));
    expect(formatCompactRupiah(1_017_830_500)).toBe(nb('Rp 1,02B'));
    expect(formatCompactRupiah(37_400_000_000)).toBe(nb('Rp 37,4B'));
  });

  it('keeps three significant digits, small amounts whole, and rounds up across a unit boundary', () => {
    i18n.loadAndActivate({ locale: 'id', messages: id });
    expect(formatCompactRupiah(1_017_830_500)).toBe(nb('Rp 1,02 M'));
    expect(formatCompactRupiah(0)).toBe(nb('Rp 0'));
    expect(formatCompactRupiah(850)).toBe(nb('Rp 850'));
    expect(formatCompactRupiah(999_999)).toBe(nb('Rp 1 jt'));
  });

  it('shows negative amounts and a dash for missing ones', () => {
    i18n.loadAndActivate({ locale: 'id', messages: id });
    expect(formatCompactRupiah(-1_500_000)).toBe(nb('-Rp 1,5 jt'));
    expect(formatCompactRupiah(null)).toBe('—');
    expect(formatCompactRupiah(Number.NaN)).toBe('—');
  });
});

describe('formatShare', () => {
  it('formats a share with Indonesian decimals', () => {
    expect(formatShare(1, 8)).toBe('12,5%');
    expect(formatShare(3, 3)).toBe('100%');
    expect(formatShare(0, 5)).toBe('0%');
  });

  it('is a dash when there is no whole', () => {
    expect(formatShare(0, 0)).toBe('—');
  });
});
