import { describe, expect, it } from 'vitest';
import { zonedMidnight } from '@/lib/time-zone';
import { bucketAxisLabel, bucketTitle } from './bucket-labels';

const WIB = 'Asia/Jakarta';
const local = (y: number, m: number, d: number) => zonedMidnight(y, m, d, WIB);

describe('bucket labels', () => {
  it('names days and week starts by day and month, months by month and year', () => {
    expect(bucketAxisLabel(local(2026, 4, 8), 'day', WIB)).toBe('8 Apr');
    expect(bucketAxisLabel(local(2026, 4, 6), 'week', WIB)).toBe('6 Apr');
    expect(bucketAxisLabel(local(2026, 4, 1), 'month', WIB)).toBe('Apr 2026');
  });

  it('titles a week with its Monday and Sunday', () => {
    expect(bucketTitle(local(2026, 4, 6), local(2026, 4, 13), 'week', WIB)).toBe(
      'Week of 6 Apr 2026 – 12 Apr 2026',
    );
    expect(bucketTitle(local(2026, 4, 8), local(2026, 4, 9), 'day', WIB)).toBe('8 Apr 2026');
    expect(bucketTitle(local(2026, 5, 1), local(2026, 6, 1), 'month', WIB)).toBe('May 2026');
  });
});

describe('bucket labels in the store zone', () => {
  it('names the store day, not the device day', () => {
    // Midnight in Jakarta is still the previous evening in New York or UTC; the label is the store's day.
    const start = zonedMidnight(2026, 4, 8, WIB);
    expect(bucketAxisLabel(start, 'day', WIB)).toBe('8 Apr');
    expect(bucketAxisLabel(start, 'day', 'America/New_York')).toBe('7 Apr');
  });
});
