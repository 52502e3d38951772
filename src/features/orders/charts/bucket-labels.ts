import { t } from '@/i18n/i18n';
import { dateLocale } from '@/lib/locale';
import type { BucketUnit } from '../model/revenue-over-time';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Dates as the store's calendar shows them, whatever the device's zone, in the chosen language. */
function format(kind: 'dayMonth' | 'monthYear' | 'fullDay', timeZone: string): Intl.DateTimeFormat {
  const locale = dateLocale();
  const key = `${kind}|${timeZone}|${locale}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'dayMonth'
        ? { day: 'numeric', month: 'short' }
        : kind === 'monthYear'
          ? { month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
    formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  }
  return f;
}

/** Short axis label: `8 Apr` for days and weeks (the Monday), `Apr 2026` for months. */
export function bucketAxisLabel(start: number, unit: BucketUnit, timeZone: string): string {
  return format(unit === 'month' ? 'monthYear' : 'dayMonth', timeZone).format(start);
}

/** Tooltip title naming the whole bucket: a day, a Monday-to-Sunday week, or a month. */
export function bucketTitle(start: number, end: number, unit: BucketUnit, timeZone: string): string {
  const fullDay = format('fullDay', timeZone);
  if (unit === 'day') return fullDay.format(start);
  if (unit === 'month') return format('monthYear', timeZone).format(start);
  // An hour before the next bucket's midnight is the week's last day, even across a DST change.
  return t('chart.week_of', { start: fullDay.format(start), end: fullDay.format(end - 3600e3) });
}

/** "per day" / "per hari": the time chart's note. */
export function unitName(unit: BucketUnit): string {
  const keys: Record<BucketUnit, string> = {
    day: 'chart.per_day',
    week: 'chart.per_week',
    month: 'chart.per_month',
  };
  return t(keys[unit]);
}
