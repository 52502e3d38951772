import { describe, expect, it } from 'vitest';
import { ratio, spread } from './stats';

describe('spread', () => {
  it('takes the median of an odd and an even number of runs with min and max', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('ignores runs that measured nothing and says so when none did', () => {
    expect(spread([NaN, 5, Infinity])).toEqual({ median: 5, min: 5, max: 5, runs: 1 });
    expect(spread([])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides by the floor and refuses a missing or zero floor', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(150, 0)).toBeNull();
    expect(ratio(null, 100)).toBeNull();
  });
});
