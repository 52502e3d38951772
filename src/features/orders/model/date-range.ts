import { dayParts, dayText, zonedDate, zonedMidnight } from '@/lib/time-zone';

/** The instant the store's `YYYY-MM-DD` day starts. */
export function dayStartMs(day: string, timeZone: string): number {
  const { year, month, day: date } = dayParts(day);
  return zonedMidnight(year, month, date, timeZone);
}

/** `from`/`to` (inclusive store days) as a half-open millisecond range; null ends are open. */
export function dayRangeMs(
  from: string | null,
  to: string | null,
  timeZone: string,
): { start: number; end: number } {
  const last = to ? dayParts(to) : null;
  return {
    start: from ? dayStartMs(from, timeZone) : -Infinity,
    end: last ? zonedMidnight(last.year, last.month, last.day + 1, timeZone) : Infinity,
  };
}

/** `label` is a catalog key. */
export type DatePreset = { id: string; label: string; from: string; to: string };

/** Today, the last 7 and 30 days and this month, as the store's calendar counts them at `now`. */
export function datePresets(now: number, timeZone: string): DatePreset[] {
  const { year, month, day } = zonedDate(now, timeZone);
  const today = dayText(year, month, day);
  return [
    { id: 'today', label: 'dates.today', from: today, to: today },
    { id: '7d', label: 'dates.last_7', from: dayText(year, month, day - 6), to: today },
    { id: '30d', label: 'dates.last_30', from: dayText(year, month, day - 29), to: today },
    { id: 'month', label: 'dates.this_month', from: dayText(year, month, 1), to: today },
  ];
}
