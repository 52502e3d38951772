import { describe, expect, it } from 'vitest';
import { bucketAxisLabel, bucketTitle } from './bucket-labels';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('bucket labels', () => {
  it('names days and week starts by day and month, months by month and year', () => {
    expect(bucketAxisLabel(local(2026, 4, 8), 'day')).toBe('8 Apr');
    expect(bucketAxisLabel(local(2026, 4, 6), 'week')).toBe('6 Apr');
    expect(bucketAxisLabel(local(2026, 4, 1), 'month')).toBe('Apr 2026');
  });

  it('titles a week with its Monday and Sunday', () => {
    expect(bucketTitle(local(2026, 4, 6), local(2026, 4, 13), 'week')).toBe(
      'Week of 6 Apr 2026 – 12 Apr 2026',
    );
    expect(bucketTitle(local(2026, 4, 8), local(2026, 4, 9), 'day')).toBe('8 Apr 2026');
    expect(bucketTitle(local(2026, 5, 1), local(2026, 6, 1), 'month')).toBe('May 2026');
  });
});
