import { datePresets, dayRangeMs, isoDay, isOverduePending } from './date-range';

describe('date ranges', () => {
  it('makes inclusive local days into a half-open range', () => {
    const { start, end } = dayRangeMs('2026-04-01', '2026-04-02');
    expect(start).toBe(new Date(2026, 3, 1).getTime());
    expect(end).toBe(new Date(2026, 3, 3).getTime());
    expect(dayRangeMs(null, null)).toEqual({ start: -Infinity, end: Infinity });
  });

  it('offers today, 7 days, 30 days and this month', () => {
    const presets = datePresets(new Date(2026, 3, 15, 8));
    expect(presets.map((p) => [p.id, p.from, p.to])).toEqual([
      ['today', '2026-04-15', '2026-04-15'],
      ['7d', '2026-04-09', '2026-04-15'],
      ['30d', '2026-03-17', '2026-04-15'],
      ['month', '2026-04-01', '2026-04-15'],
    ]);
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('flags pending orders older than a day', () => {
    const now = Date.now();
    expect(isOverduePending('pending', now - 25 * 3600e3, now)).toBe(true);
    expect(isOverduePending('pending', now - 3600e3, now)).toBe(false);
    expect(isOverduePending('paid', now - 48 * 3600e3, now)).toBe(false);
    expect(isOverduePending('pending', null, now)).toBe(false);
  });
});
