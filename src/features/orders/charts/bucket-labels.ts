import { t } from '@/i18n/i18n';
import { perLang } from '@/lib/locale';
import type { BucketUnit } from '../model/revenue-over-time';

const formats = perLang((locale) => ({
  dayMonth: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
  monthYear: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }),
  fullDay: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
}));

/** Short axis label: `8 Apr` for days and weeks (the Monday), `Apr 2026` for months. */
export function bucketAxisLabel(start: number, unit: BucketUnit): string {
  const { dayMonth, monthYear } = formats();
  return unit === 'month' ? monthYear.format(start) : dayMonth.format(start);
}

/** Tooltip title naming the whole bucket: a day, a Monday-to-Sunday week, or a month. */
export function bucketTitle(start: number, end: number, unit: BucketUnit): string {
  const { fullDay, monthYear } = formats();
  if (unit === 'day') return fullDay.format(start);
  if (unit === 'month') return monthYear.format(start);
  const lastDay = new Date(end);
  lastDay.setDate(lastDay.getDate() - 1);
  return t('chart.week_of', { start: fullDay.format(start), end: fullDay.format(lastDay) });
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
