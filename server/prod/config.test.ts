import { describe, expect, it } from 'vitest';
import { configFromEnv, isLoopback, parseUsers } from './config.ts';

const HASH = 'scrypt.15.8.1.akWwUHX45ZE-xqN_P8SCzw.eoU_gjcyTXmSJsiKN_W_FjCV7bzU13Qe0P8_gmYHCYw';
const SECRET = 'a'.repeat(32);

describe('configFromEnv', () => {
  it('defaults to loopback without sign-in', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      distDir: 'dist',
      access: null,
      trustProxy: false,
    });
  });

  it('refuses a public address without sign-in, and says why', () => {
    expect(() => configFromEnv({ HOST: '0.0.0.0' })).toThrow(
      /Refusing to listen on HOST=0.0.0.0 without sign-in/,
    );
    expect(configFromEnv({ HOST: '::1' }).access).toBeNull();
  });

  it('requires a long SESSION_SECRET with users', () => {
    expect(() => configFromEnv({ DASHBOARD_USERS: `a:${HASH}` })).toThrow(/SESSION_SECRET/);
    expect(() => configFromEnv({ DASHBOARD_USERS: `a:${HASH}`, SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET/,
    );
    const config = configFromEnv({ HOST: '0.0.0.0', DASHBOARD_USERS: `a:${HASH}`, SESSION_SECRET: SECRET });
    expect(config.access?.users.get('a')).toBe(HASH);
    expect(config.access?.sessionTtlMs).toBe(12 * 3_600_000);
  });

  it('reads TRUST_PROXY as boolean, hop count or address list', () => {
    expect(configFromEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(configFromEnv({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
  });

  it('rejects malformed numbers', () => {
    expect(() => configFromEnv({ PORT: 'http' })).toThrow(/PORT must be a whole number/);
  });
});

describe('parseUsers', () => {
  it('reads name:hash entries separated by commas or whitespace', () => {
    expect([...parseUsers(`alice:${HASH}, bob:${HASH}\ncarol:${HASH}`).keys()]).toEqual([
      'alice',
      'bob',
      'carol',
    ]);
  });

  it('refuses plain passwords, bad names and duplicates', () => {
    expect(() => parseUsers('alice:hunter2')).toThrow(/not one from server\/prod\/hash-password.ts/);
    expect(() => parseUsers(`a b:${HASH}`)).toThrow();
    expect(() => parseUsers(`a:${HASH},a:${HASH}`)).toThrow(/twice/);
  });
});

describe('isLoopback', () => {
  it('knows the loopback names', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', 'example.com'].some(isLoopback)).toBe(false);
  });
});
