import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './throttle.ts';

const options = { freeFailures: 2, baseDelayMs: 1_000, maxDelayMs: 4_000, forgetAfterMs: 60_000, maxKeys: 3 };

describe('SignInThrottle', () => {
  it('allows the free failures, then doubles the wait up to the maximum', () => {
    const t = new SignInThrottle(options);
    t.fail('k', 0);
    t.fail('k', 0);
    expect(t.retryAfterMs('k', 0)).toBe(0);
    t.fail('k', 0);
    expect(t.retryAfterMs('k', 0)).toBe(1_000);
    t.fail('k', 0);
    expect(t.retryAfterMs('k', 500)).toBe(1_500);
    t.fail('k', 0);
    t.fail('k', 0);
    expect(t.retryAfterMs('k', 0)).toBe(4_000);
  });

  it('forgets after a quiet spell and on success, and keeps keys apart', () => {
    const t = new SignInThrottle(options);
    for (let i = 0; i < 3; i++) t.fail('a', 0);
    expect(t.retryAfterMs('b', 0)).toBe(0);
    expect(t.retryAfterMs('a', 70_000)).toBe(0);
    for (let i = 0; i < 3; i++) t.fail('a', 0);
    t.succeed('a');
    expect(t.retryAfterMs('a', 0)).toBe(0);
  });

  it('remembers at most maxKeys keys, forgetting the oldest unlocked ones first', () => {
    const t = new SignInThrottle(options);
    for (let i = 0; i < 3; i++) t.fail('locked', 0);
    for (let i = 0; i < 10_000; i++) t.fail(`other-${i}`, 1);
    expect(t.retryAfterMs('locked', 1)).toBe(999);
    expect(t.retryAfterMs('other-9999', 1)).toBe(0);
  });

  it('when every entry is locked, drops the lock that ends soonest', () => {
    const t = new SignInThrottle({ ...options, freeFailures: 0 });
    t.fail('long', 0);
    t.fail('long', 0);
    for (const key of ['b', 'c', 'd']) t.fail(key, 0);
    expect(t.retryAfterMs('long', 0)).toBe(2_000);
    expect([t.retryAfterMs('b', 0), t.retryAfterMs('c', 0), t.retryAfterMs('d', 0)].sort()).toEqual([
      0, 1_000, 1_000,
    ]);
  });
});
