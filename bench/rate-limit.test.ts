import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import { DEFAULT_WINDOW_MS, minimumRequests, rateSetting } from './rate-limit';

describe('minimumRequests', () => {
  it('is ceil(N / page size)', () => {
    expect(minimumRequests(3000, 100)).toBe(30);
    expect(minimumRequests(3001, 100)).toBe(31);
  });
});

describe('rateSetting', () => {
  it('shortens the window through the emulator knob where there is one', () => {
    const setting = rateSetting(parseOptions([]), 'EMULATOR_RATE_WINDOW_MS');
    expect(setting).toMatchObject({ count: 3000, limit: 20, windowMs: 5000 });
    expect(setting.env).toEqual({ EMULATOR_COUNT: 3000, EMULATOR_RPM: 20, EMULATOR_RATE_WINDOW_MS: 5000 });
  });

  it('falls back to the minute window, and a smoke run then keeps the limit out of reach', () => {
    expect(rateSetting(parseOptions([]), null)).toMatchObject({ limit: 20, windowMs: DEFAULT_WINDOW_MS });
    expect(rateSetting(parseOptions(['--quick']), null).limit).toBeGreaterThan(minimumRequests(250, 100));
  });
});
