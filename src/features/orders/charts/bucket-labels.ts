import { LOCALE } from '@/lib/locale';
import type { BucketUnit } from '../model/revenue-over-time';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Dates as the store's calendar shows them, whatever the device's zone. */
function format(kind: 'dayMonth' | 'monthYear' | 'fullDay', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'dayMonth'
        ? { day: 'numeric', month: 'short' }
        : kind === 'monthYear'
          ? { month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
    formats.set(key, (f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone })));
  }
  return f;
}

/** Short axis label: `8 Apr` for days and weeks (the Monday), `Apr 2026` for months. */
export function bucketAxisLabel(start: number, unit: BucketUnit, timeZone: string): string {
  return format(unit === 'month' ? 'monthYear' : 'dayMonth', timeZone).format(start);
}

/** Tooltip title naming the whole bucket: a day, a Monday-to-Sunday week, or a month. */
export function bucketTitle(start: number, end: number, unit: BucketUnit, timeZone: string): string {
  if (unit === 'day') return format('fullDay', timeZone).format(start);
  if (unit === 'month') return format('monthYear', timeZone).format(start);
  // An hour before the next bucket's midnight is the week's last day, even across a DST change.
  const lastDay = end - 3600e3;
  return `Week of ${format('fullDay', timeZone).format(start)} – ${format('fullDay', timeZone).format(lastDay)}`;
}

export const UNIT_NAMES: Record<BucketUnit, string> = {
  day: 'per day',
  week: 'per week',
  month: 'per month',
};
