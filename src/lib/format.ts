import { CURRENCY, LOCALE, perLang } from './locale';

const rupiah = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: CURRENCY,
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
type DateFormats = { dateTime: Intl.DateTimeFormat; dateOnly: Intl.DateTimeFormat };

const dates = perLang((locale) => ({
  locale,
  byZone: new Map<string, DateFormats>(),
  relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
}));

/** The language's date formats for one zone, built once. */
function zoned(timeZone: string): DateFormats {
  const { locale, byZone } = dates();
  let made = byZone.get(timeZone);
  if (!made) {
    made = {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
      dateOnly: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
    };
    byZone.set(timeZone, made);
  }
  return made;
}

export const MISSING = '—';

/** `Rp 273.500`; a missing amount shows as a dash, never as zero. */
export function formatRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  // Intl puts a no-break space after "Rp"; keep it so the amount never wraps away from its symbol.
  return rupiah.format(value);
}

export function formatInteger(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return integer.format(value);
}

/** Date and time as the store's wall clock reads it (`timeZone`, never the device's): every device agrees. */
export function formatDateTime(ms: number | null | undefined, timeZone: string): string {
  return ms === null || ms === undefined || !Number.isFinite(ms)
    ? MISSING
    : zoned(timeZone).dateTime.format(ms);
}

/** The store's calendar day of the instant (`timeZone`, never the device's). */
export function formatDate(ms: number | null | undefined, timeZone: string): string {
  return ms === null || ms === undefined || !Number.isFinite(ms)
    ? MISSING
    : zoned(timeZone).dateOnly.format(ms);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

/** "3 jam yang lalu" / "3 hours ago", "kemarin" / "yesterday"; relative to `now`. */
export function formatRelative(ms: number | null | undefined, now: number = Date.now()): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return MISSING;
  const diff = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second')
      return dates().relative.format(Math.round(diff / size), unit);
  }
  return MISSING;
}
