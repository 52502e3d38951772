import { dayText, isTimeZone, zoneAbbreviation, zonedDate, zonedDay, zonedMidnight } from './time-zone';

// Instants are explicit UTC, so these hold on a device in any zone (try TZ=America/New_York).
describe('store time zone', () => {
  it('finds the instant a store day starts, in WIB, WITA and WIT', () => {
    expect(zonedMidnight(2026, 4, 8, 'Asia/Jakarta')).toBe(Date.parse('2026-04-07T17:00:00Z'));
    expect(zonedMidnight(2026, 4, 8, 'Asia/Makassar')).toBe(Date.parse('2026-04-07T16:00:00Z'));
    expect(zonedMidnight(2026, 4, 8, 'Asia/Jayapura')).toBe(Date.parse('2026-04-07T15:00:00Z'));
    expect(zonedMidnight(2026, 12, 32, 'Asia/Jakarta')).toBe(Date.parse('2026-12-31T17:00:00Z'));
  });

  it('keeps midnights across a daylight-saving change', () => {
    const sunday = zonedMidnight(2026, 3, 29, 'Europe/Berlin');
    expect(zonedMidnight(2026, 3, 30, 'Europe/Berlin') - sunday).toBe(23 * 3600e3);
    expect(zonedMidnight(2026, 3, 8, 'America/New_York')).toBe(Date.parse('2026-03-08T05:00:00Z'));
    expect(zonedMidnight(2026, 3, 9, 'America/New_York')).toBe(Date.parse('2026-03-09T04:00:00Z'));
  });

  it('names the store day across midnight, whatever the device says', () => {
    expect(zonedDay(Date.parse('2026-04-08T16:59:00Z'), 'Asia/Jakarta')).toBe('2026-04-08');
    expect(zonedDay(Date.parse('2026-04-08T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-04-09');
    expect(zonedDay(Date.parse('2026-04-08T17:00:00Z'), 'America/New_York')).toBe('2026-04-08');
    expect(zonedDate(Date.parse('2026-04-08T17:00:00Z'), 'Asia/Jakarta')).toMatchObject({
      hour: 0,
      minute: 0,
    });
  });

  it('rolls day numbers over like a calendar', () => {
    expect(dayText(2026, 3, 0)).toBe('2026-02-28');
    expect(dayText(2026, 1, -5)).toBe('2025-12-26');
  });

  it('knows real zone names and gives Indonesian abbreviations', () => {
    expect(isTimeZone('Asia/Makassar')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone(7)).toBe(false);
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT');
  });
});
