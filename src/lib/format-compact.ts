import { MISSING } from './format';
import { CURRENCY, LOCALE } from './locale';

const compactRupiah = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: CURRENCY,
  notation: 'compact',
  maximumFractionDigits: 1,
});

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** Short Rupiah for chart labels and axes: `Rp 850 rb`, `Rp 1,2 jt`, `Rp 3,4 M`; exact amounts live elsewhere. */
export function formatCompactRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return compactRupiah.format(value);
}

/** A share of a whole (0..1) as `12,5%`; an empty whole reads as a dash rather than a misleading 0%. */
export function formatShare(part: number, whole: number): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return MISSING;
  return percent.format(part / whole);
}
