import { describe, expect, it } from 'vitest';
import { DEFAULT_MIRROR_DB, mirrorSettingsFromEnv } from './settings.ts';

describe('mirror settings', () => {
  it('defaults to a mirror in the data folder, every 30 s and 6 h, in Jakarta time', () => {
    expect(mirrorSettingsFromEnv({})).toEqual({
      mode: 'on',
      storeTimeZone: 'Asia/Jakarta',
      db: DEFAULT_MIRROR_DB,
      rpm: null,
      headMs: 30_000,
      sweepMs: 6 * 3_600_000,
    });
    expect(DEFAULT_MIRROR_DB).toMatch(/[/\\]data[/\\]mirror\.sqlite$/);
  });

  it('reads every variable, decimals allowed for the sweep, empty values counting as unset', () => {
    const settings = mirrorSettingsFromEnv({
      MIRROR: 'ON',
      MIRROR_DB: ':memory:',
      MIRROR_RPM: '30',
      MIRROR_HEAD_SECONDS: '10',
      MIRROR_SWEEP_HOURS: '0.5',
      STORE_TIMEZONE: 'Europe/Paris',
    });
    expect(settings).toEqual({
      mode: 'on',
      storeTimeZone: 'Europe/Paris',
      db: ':memory:',
      rpm: 30,
      headMs: 10_000,
      sweepMs: 1_800_000,
    });
    expect(mirrorSettingsFromEnv({ MIRROR_RPM: '', STORE_TIMEZONE: ' ' })).toMatchObject({ rpm: null });
  });

  it('turns the mirror off and still reads the time zone', () => {
    expect(mirrorSettingsFromEnv({ MIRROR: 'off', MIRROR_RPM: 'ignored' })).toEqual({
      mode: 'off',
      storeTimeZone: 'Asia/Jakarta',
    });
  });

  it('takes a budget under one request a minute, for a plan with a daily quota', () => {
    expect(mirrorSettingsFromEnv({ MIRROR_RPM: '0.5' })).toMatchObject({ rpm: 0.5 });
  });

  it('takes a postgres:// URL for several server copies on one database', () => {
    const db = 'postgresql://mirror:secret@db.internal:5432/mirror';
    expect(mirrorSettingsFromEnv({ MIRROR_DB: db })).toMatchObject({ mode: 'on', db });
  });

  it.each([
    [{ MIRROR: 'yes' }, /MIRROR must be on or off/],
    [{ MIRROR_RPM: '0' }, /MIRROR_RPM must be a number of requests a minute of at least 0.1, got "0"/],
    [{ MIRROR_RPM: 'fast' }, /MIRROR_RPM/],
    [{ MIRROR_HEAD_SECONDS: '-5' }, /MIRROR_HEAD_SECONDS must be a number of seconds/],
    [{ MIRROR_SWEEP_HOURS: '6h' }, /MIRROR_SWEEP_HOURS must be a number of hours/],
    [{ STORE_TIMEZONE: 'Mars/Olympus' }, /STORE_TIMEZONE must be an IANA time zone/],
    [
      { MIRROR_DB: 'postgres://user:secret@[db/mirror' },
      /^MIRROR_DB is not a valid URL such as postgres:\/\/user:password@host:5432\/mirror$/,
    ],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => mirrorSettingsFromEnv(env)).toThrow(message);
  });
});
