import { MISSING } from './format';
import { CURRENCY, LOCALE, perLang } from './locale';

// Indonesian units (rb, jt, M, T) for Indonesian; English reads "M" as a million, so English gets K, M, B,
// T (en-ID: the same Rupiah and the same separators as every other amount on screen).
const compactRupiah = perLang(
  (_, lang) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-ID' : LOCALE, {
      style: 'currency',
      currency: CURRENCY,
      notation: 'compact',
      maximumSignificantDigits: 3,
    }),
);

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** Short Rupiah for headline figures and charts: `Rp 850 rb`, `Rp 1,23 jt`, `Rp 3,4 M` (`Rp 3,4B` in English). */
export function formatCompactRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return compactRupiah().format(value);
}

/** A share of a whole (0..1) as `12,5%`; an empty whole reads as a dash rather than a misleading 0%. */
export function formatShare(part: number, whole: number): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return MISSING;
  return percent.format(part / whole);
}
