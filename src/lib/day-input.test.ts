import { formatDayInput, parseDayInput } from './day-input';

describe('day inputs', () => {
  it('shows a day day-first', () => {
    expect(formatDayInput('2026-11-30')).toBe('30/11/2026');
    expect(formatDayInput(null)).toBe('');
  });

  it('reads day-first dates with any separator, and ISO days', () => {
    expect(parseDayInput('30/11/2026')).toBe('2026-11-30');
    expect(parseDayInput(' 1-2-2026 ')).toBe('2026-02-01');
    expect(parseDayInput('1.2.26')).toBe('2026-02-01');
    expect(parseDayInput('2026-11-30')).toBe('2026-11-30');
  });

  it('refuses what is not a real day', () => {
    expect(parseDayInput('31/02/2026')).toBeNull();
    expect(parseDayInput('11/30/2026')).toBeNull();
    expect(parseDayInput('soon')).toBeNull();
  });
});
