import { describe, expect, it } from 'vitest';
import { ApiError } from '../orders/api-error.ts';
import * as rules from './paging-rules.ts';

describe('paging rules', () => {
  it('confirms the page size from a full page or two equal capped pages', () => {
    let known = rules.learnPageSize(rules.initialPageSize(100), 100);
    expect(known.confirmed).toBe(true);
    known = rules.learnPageSize(rules.initialPageSize(100), 50);
    expect(known).toMatchObject({ confirmed: false, largest: 50 });
    expect(rules.learnPageSize(known, 50).confirmed).toBe(true);
  });

  it('ends on an empty page or one shorter than the largest seen, not merely shorter than asked', () => {
    expect(rules.isLastPage(0, 100)).toBe(true);
    expect(rules.isLastPage(37, 100)).toBe(true);
    expect(rules.isLastPage(50, 50)).toBe(false);
  });

  it('takes a page that repeats the pages on both sides as the end, a single repeat as not', () => {
    const last = rules.edgesOf(['a', 'b', 'c']);
    const before = rules.edgesOf(['x', 'y', 'z']);
    expect(rules.repeatsLastPage(last, { ...last }, { ...last })).toBe(true);
    // A whole page of new orders between two reads shows the page before once, then moves on.
    expect(rules.repeatsLastPage(before, last, last)).toBe(false);
    expect(rules.repeatsLastPage(last, last, before)).toBe(false);
    expect(rules.repeatsLastPage(last, last, undefined)).toBe(false);
    const empty = rules.edgesOf([]);
    expect(rules.repeatsLastPage(empty, empty, empty)).toBe(false);
  });

  it('sends one page at a time until the page size is known, then what the budget allows', () => {
    expect(rules.allowedInFlight(false, 900, 4)).toBe(1);
    expect(rules.allowedInFlight(true, null, 4)).toBe(4);
    expect(rules.allowedInFlight(true, 5, 4)).toBe(2);
    expect(rules.allowedInFlight(true, 0, 4)).toBe(1);
  });

  it('backs off exponentially and boundedly', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => rules.backoffMs(n))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    // A 503 that says how long to wait (maintenance) is waited out, never less than the backoff.
    expect(rules.backoffMs(1, 120_000)).toBe(120_000);
    expect(rules.backoffMs(5, 100)).toBe(8000);
    // A 429 waits what Retry-After says, at least 1 s, doubling per 429 in a row up to a minute.
    expect([1, 2, 3, 7, 20].map((n) => rules.rateLimitWaitMs(0, n))).toEqual([
      1000, 2000, 4000, 60_000, 60_000,
    ]);
    expect(rules.rateLimitWaitMs(30_000, 3)).toBe(30_000);
    expect(rules.rateLimitWaitMs(null, 1)).toBe(rules.DEFAULT_RATE_LIMIT_WAIT_MS);
  });

  it("tells the list's order from a page's first and last created_at, when it can", () => {
    expect(rules.pageOrder([30, null, 20, 10])).toBe('newest-first');
    expect(rules.pageOrder([null, 10, 20])).toBe('oldest-first');
    expect(rules.pageOrder([10, 10])).toBeNull();
    expect(rules.pageOrder([null, 5, null])).toBeNull();
    expect(rules.pageOrder([])).toBeNull();
  });

  it('classifies failures', () => {
    expect(rules.classifyFailure(new ApiError('http', 429, ''))).toBe('rate-limit');
    expect(rules.classifyFailure(new ApiError('http', 503, ''))).toBe('transient');
    expect(rules.classifyFailure(new ApiError('network', 0, ''))).toBe('transient');
    expect(rules.classifyFailure(new ApiError('http', 401, ''))).toBe('fatal');
    expect(rules.classifyFailure(new ApiError('malformed', 200, ''))).toBe('fatal');
    expect(rules.classifyFailure(new Error('bug'))).toBe('fatal');
  });

  it('checks created_at never increases, skipping missing times', () => {
    expect(rules.isNonIncreasing([5, null, 4, 4, 1], 6)).toBe(true);
    expect(rules.isNonIncreasing([5, 6], null)).toBe(false);
    expect(rules.isNonIncreasing([5], 4)).toBe(false);
    expect(rules.lastTime([3, 2, null], null)).toBe(2);
    expect(rules.lastTime([null], 7)).toBe(7);
  });

  it('repairs only after paging saw inserts: a sweep, then the head, then settled', () => {
    expect(rules.nextRepairStage('paging', false)).toBe('settled');
    expect(rules.nextRepairStage('paging', true)).toBe('sweep');
    expect(rules.nextRepairStage('sweep', true)).toBe('head');
    expect(rules.nextRepairStage('head', true)).toBe('settled');
    expect(rules.nextRepairStage('settled', true)).toBe('settled');
  });
});
