import { describe, expect, it } from 'vitest';
import { SignInLimits } from './sign-in-limits.ts';

const failTimes = (limits: SignInLimits, user: string, address: string, times: number, now = 0) => {
  for (let i = 0; i < times; i++) limits.fail(user, address, now);
};

describe('SignInLimits', () => {
  it('locks the guessing address out of a name, not the colleague at another address', () => {
    const limits = new SignInLimits(60_000);
    failTimes(limits, 'Bob', '203.0.113.9', 5);
    expect(limits.retryAfterMs('bob', '203.0.113.9', 0)).toBeGreaterThan(0);
    expect(limits.retryAfterMs('bob', '198.51.100.7', 0)).toBe(0);
  });

  it('locks one address spraying many names', () => {
    const limits = new SignInLimits(60_000);
    for (let i = 0; i < 20; i++) limits.fail(`user${i}`, '203.0.113.9', 0);
    expect(limits.retryAfterMs('someone-else', '203.0.113.9', 0)).toBeGreaterThan(0);
    expect(limits.retryAfterMs('someone-else', '198.51.100.7', 0)).toBe(0);
  });

  it('has a per-name ceiling against many addresses, sparing the addresses the user signed in from', () => {
    const limits = new SignInLimits(60_000);
    limits.succeed('bob', '198.51.100.7', 0);
    for (let i = 0; i < 60; i++) limits.fail('bob', `203.0.113.${i}`, 0);
    expect(limits.retryAfterMs('bob', '192.0.2.1', 0)).toBeGreaterThan(0);
    expect(limits.retryAfterMs('bob', '198.51.100.7', 0)).toBe(0);
    expect(limits.retryAfterMs('bob', '198.51.100.7', 70_000)).toBeGreaterThan(0);
  });

  it('does not let a flood of failures on other names or addresses wash a lock away', () => {
    const limits = new SignInLimits(60_000, 100);
    failTimes(limits, 'bob', '203.0.113.9', 5);
    for (let i = 0; i < 1_000; i++) limits.fail(`n${i}`, `10.0.${i >> 8}.${i & 255}`, 1);
    expect(limits.retryAfterMs('bob', '203.0.113.9', 1)).toBeGreaterThan(0);
  });

  it('a success clears only its own pair', () => {
    const limits = new SignInLimits(60_000);
    failTimes(limits, 'bob', '203.0.113.9', 5);
    limits.succeed('bob', '198.51.100.7', 0);
    expect(limits.retryAfterMs('bob', '203.0.113.9', 0)).toBeGreaterThan(0);
  });
});
