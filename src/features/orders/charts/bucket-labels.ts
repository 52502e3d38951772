import { LOCALE } from '@/lib/locale';
import type { BucketUnit } from '../model/revenue-over-time';

const dayMonth = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short' });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric' });
const fullDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });

/** Short axis label: `8 Apr` for days and weeks (the Monday), `Apr 2026` for months. */
export function bucketAxisLabel(start: number, unit: BucketUnit): string {
  return unit === 'month' ? monthYear.format(start) : dayMonth.format(start);
}

/** Tooltip title naming the whole bucket: a day, a Monday-to-Sunday week, or a month. */
export function bucketTitle(start: number, end: number, unit: BucketUnit): string {
  if (unit === 'day') return fullDay.format(start);
  if (unit === 'month') return monthYear.format(start);
  const lastDay = new Date(end);
  lastDay.setDate(lastDay.getDate() - 1);
  return `Week of ${fullDay.format(start)} – ${fullDay.format(lastDay)}`;
}

export const UNIT_NAMES: Record<BucketUnit, string> = {
  day: 'per day',
  week: 'per week',
  month: 'per month',
};
