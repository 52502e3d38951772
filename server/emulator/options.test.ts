import { describe, expect, it } from 'vitest';
import { defaultEmulatorOptions, emulatorOptionsFromEnv } from './options.ts';

describe('emulatorOptionsFromEnv', () => {
  it('gives the defaults for an empty environment, and treats empty values as unset', () => {
    expect(emulatorOptionsFromEnv({})).toEqual(defaultEmulatorOptions);
    expect(emulatorOptionsFromEnv({ EMULATOR_COUNT: '', EMULATOR_KEY: '' })).toEqual(defaultEmulatorOptions);
  });

  it('reads every knob from the environment', () => {
    const options = emulatorOptionsFromEnv({
      EMULATOR_COUNT: '200000',
      EMULATOR_SEED: '42',
      EMULATOR_PORT: '0',
      EMULATOR_HOST: '0.0.0.0',
      EMULATOR_KEY: 'k',
      EMULATOR_MAX_PAGE_SIZE: '50',
      EMULATOR_RPM: '60',
      EMULATOR_RATE_WINDOW_MS: '5000',
      EMULATOR_RETRY_AFTER_FORMAT: 'date',
      EMULATOR_LATENCY_MS: '25',
      EMULATOR_FAIL_RATE: '0.1',
      EMULATOR_LIVE: '2.5',
      EMULATOR_STATUS_CHANGES: '0.5',
      EMULATOR_DELETIONS: '0.25',
      EMULATOR_AWKWARD: '0.3',
      EMULATOR_ANCHOR: '2026-04-10T00:00:00Z',
    });
    expect(options).toEqual({
      count: 200000,
      seed: 42,
      port: 0,
      host: '0.0.0.0',
      key: 'k',
      maxPageSize: 50,
      rpm: 60,
      rateWindowMs: 5000,
      retryAfterFormat: 'date',
      latencyMs: 25,
      failRate: 0.1,
      live: 2.5,
      statusChanges: 0.5,
      deletions: 0.25,
      awkward: 0.3,
      anchor: new Date('2026-04-10T00:00:00Z'),
    });
  });

  it('lets flags override the environment, in both spellings', () => {
    const options = emulatorOptionsFromEnv({ EMULATOR_COUNT: '10', EMULATOR_SEED: '3' }, [
      '--count',
      '20',
      '--seed=4',
      '--max-page-size',
      '25',
    ]);
    expect([options.count, options.seed, options.maxPageSize]).toEqual([20, 4, 25]);
  });

  it('reads a bare --awkward as 0.2', () => {
    expect(emulatorOptionsFromEnv({}, ['--awkward']).awkward).toBe(0.2);
    expect(emulatorOptionsFromEnv({}, ['--awkward', '--count', '9'])).toMatchObject({
      awkward: 0.2,
      count: 9,
    });
    expect(emulatorOptionsFromEnv({}, ['--awkward', '0.5']).awkward).toBe(0.5);
  });

  it('rejects bad values and unknown flags with the culprit named', () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_COUNT: 'lots' })).toThrow(/EMULATOR_COUNT/);
    expect(() => emulatorOptionsFromEnv({}, ['--fail-rate', '2'])).toThrow(/--fail-rate/);
    expect(() => emulatorOptionsFromEnv({}, ['--retry-after-format', 'minutes'])).toThrow(/seconds/);
    expect(() => emulatorOptionsFromEnv({}, ['--port'])).toThrow(/needs a value/);
    expect(() => emulatorOptionsFromEnv({}, ['--colour'])).toThrow(/unknown option/);
  });
});
