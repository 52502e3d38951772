/** A local calendar day as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a `YYYY-MM-DD` day. */
export function dayStartMs(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

/** `from`/`to` (inclusive local days) as a half-open millisecond range; null ends are open. */
export function dayRangeMs(from: string | null, to: string | null): { start: number; end: number } {
  const end = to ? new Date(`${to}T00:00:00`) : null;
  end?.setDate(end.getDate() + 1);
  return { start: from ? dayStartMs(from) : -Infinity, end: end ? end.getTime() : Infinity };
}

/** `label` is a catalog key. */
export type DatePreset = { id: string; label: string; from: string; to: string };

export function datePresets(now: Date = new Date()): DatePreset[] {
  const daysAgo = (n: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - n);
  const today = isoDay(now);
  return [
    { id: 'today', label: 'dates.today', from: today, to: today },
    { id: '7d', label: 'dates.last_7', from: isoDay(daysAgo(6)), to: today },
    { id: '30d', label: 'dates.last_30', from: isoDay(daysAgo(29)), to: today },
    {
      id: 'month',
      label: 'dates.this_month',
      from: isoDay(new Date(now.getFullYear(), now.getMonth(), 1)),
      to: today,
    },
  ];
}

const DAY_MS = 24 * 3600e3;

/** A pending order older than a day needs chasing (USERS.md #2). */
export function isOverduePending(status: string, createdAtMs: number | null, now: number): boolean {
  return status === 'pending' && createdAtMs !== null && now - createdAtMs > DAY_MS;
}
