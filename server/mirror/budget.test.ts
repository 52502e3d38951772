import { describe, expect, it } from 'vitest';
import { inheritedRpm, nextStartAt } from './budget.ts';

describe('the shop’s upstream budget', () => {
  it('lets the first request of a shop start at once', () => {
    expect(nextStartAt(null, 12)).toBe(-Infinity);
  });

  it('starts the next request one spacing after the shop’s last, whichever copy made it', () => {
    expect(nextStartAt({ at: 100_000, rpm: 12 }, 12)).toBe(105_000);
    // A changed budget spaces from the last start at the budget in force now.
    expect(nextStartAt({ at: 100_000, rpm: 12 }, 60)).toBe(101_000);
    // Not yet learned here: the last leader's budget still holds.
    expect(nextStartAt({ at: 100_000, rpm: 20 }, null)).toBe(103_000);
    expect(nextStartAt({ at: 100_000, rpm: null }, null)).toBe(100_000);
  });

  it('keeps the budget the last leader learned until this one learns its own', () => {
    expect(inheritedRpm(30, { at: 1, rpm: 20 })).toBe(30);
    expect(inheritedRpm(null, { at: 1, rpm: 20 })).toBe(20);
    expect(inheritedRpm(null, null)).toBeNull();
  });
});
