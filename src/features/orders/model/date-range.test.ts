import { datePresets, dayRangeMs } from './date-range';

// The device may be anywhere (run with TZ=America/New_York to check): every instant below is explicit UTC.
describe('date ranges in the store zone', () => {
  it('makes inclusive store days into a half-open range', () => {
    const { start, end } = dayRangeMs('2026-04-01', '2026-04-02', 'Asia/Jakarta');
    expect(start).toBe(Date.parse('2026-03-31T17:00:00Z'));
    expect(end).toBe(Date.parse('2026-04-02T17:00:00Z'));
    expect(dayRangeMs(null, null, 'Asia/Jakarta')).toEqual({ start: -Infinity, end: Infinity });
  });

  it('counts a day from the store midnight, not the device one', () => {
    const wib = dayRangeMs('2026-04-08', '2026-04-08', 'Asia/Jakarta');
    const wit = dayRangeMs('2026-04-08', '2026-04-08', 'Asia/Jayapura');
    const ny = dayRangeMs('2026-04-08', '2026-04-08', 'America/New_York');
    expect(wib.start).toBe(Date.parse('2026-04-07T17:00:00Z'));
    expect(wit.start).toBe(Date.parse('2026-04-07T15:00:00Z'));
    expect(ny.start).toBe(Date.parse('2026-04-08T04:00:00Z'));
    // 23:59 in Jakarta on the 8th is inside; a minute later the 9th has begun there.
    const lastMinute = Date.parse('2026-04-08T16:59:00Z');
    expect(lastMinute >= wib.start && lastMinute < wib.end).toBe(true);
    expect(Date.parse('2026-04-08T17:00:00Z')).toBe(wib.end);
  });

  it('offers today, 7 days, 30 days and this month as the store counts them', () => {
    const presets = datePresets(Date.parse('2026-04-15T01:00:00Z'), 'Asia/Jakarta');
    expect(presets.map((p) => [p.id, p.from, p.to])).toEqual([
      ['today', '2026-04-15', '2026-04-15'],
      ['7d', '2026-04-09', '2026-04-15'],
      ['30d', '2026-03-17', '2026-04-15'],
      ['month', '2026-04-01', '2026-04-15'],
    ]);
  });

  it('says "today" is the store day across the device midnight', () => {
    // 22:30 on 31 March in New York is already 09:30 on 1 April in Jakarta: a new day and a new month.
    const now = Date.parse('2026-04-01T02:30:00Z');
    expect(datePresets(now, 'Asia/Jakarta')[0]).toMatchObject({ from: '2026-04-01' });
    expect(datePresets(now, 'Asia/Jakarta')[3]).toMatchObject({ from: '2026-04-01', to: '2026-04-01' });
    expect(datePresets(now, 'America/New_York')[0]).toMatchObject({ from: '2026-03-31' });
  });
});
