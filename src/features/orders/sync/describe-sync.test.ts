import { describe, expect, it } from 'vitest';
import { describeProgress } from './describe-sync';

describe('describeProgress', () => {
  const base = { ordersLoaded: 1500, pagesLoaded: 15, startedAt: 0, refreshing: false };

  it('gives counts, rate and elapsed time, never a percentage', () => {
    expect(describeProgress(base, 10_000)).toBe('1.500 orders · 15 pages · 150/s · 10 s');
  });

  it('says so while re-reading pages that moved during the sync', () => {
    expect(describeProgress({ ...base, repairing: true }, 500)).toBe(
      'Re-checking orders that moved during the sync… · 1.500 orders · 15 pages',
    );
  });
});
