import { describe, expect, it } from 'vitest';
import { describeFreshness, describeMirrorProgress, formatSpan } from './mirror-words';
import { FakeMirror } from './testing/fake-mirror';

const HOUR = 3600e3;

describe('mirror words', () => {
  it('says how fresh the figures are, never promising more than the oldest verification shows', () => {
    const now = 10 * HOUR;
    const status = { ...new FakeMirror().status, headCheckedAt: now - 12_000, sweepPassMs: 3 * HOUR };
    expect(describeFreshness({ ...status, oldestVerifiedAt: now - HOUR }, now)).toBe(
      'new orders checked 12 seconds ago · every order re-verified within 3 h',
    );
    expect(describeFreshness({ ...status, oldestVerifiedAt: now - 5.5 * HOUR }, now)).toContain('within 6 h');
    expect(describeFreshness({ ...status, firstPassDone: false }, now)).toBe(
      'new orders checked 12 seconds ago',
    );
  });

  it("shows the mirror's own progress while it still reads the history", () => {
    const status = { ...new FakeMirror().status, held: 4000, firstPassDone: false, firstPassPages: 40 };
    expect(describeMirrorProgress(1200, status)).toBe(
      "1.200 of 4.000 orders loaded · the server is still reading the shop's history (40 pages so far)",
    );
    expect(formatSpan(90_000)).toBe('2 min');
  });
});
