import { describe, expect, it } from 'vitest';
import { configFromEnv, isLoopback, parseUsers } from './config.ts';

const HASH = 'scrypt.15.8.1.akWwUHX45ZE-xqN_P8SCzw.eoU_gjcyTXmSJsiKN_W_FjCV7bzU13Qe0P8_gmYHCYw';
const SECRET = '7c1f0e9a4b2d8c6e3f5a1b9d0c7e2f4a';

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

  it('refuses a SESSION_SECRET that is long but predictable', () => {
    const users = `a:${HASH}`;
    for (const weak of [
      'a'.repeat(32),
      'ab'.repeat(20),
      '0123456789abcdef'.repeat(2),
      'password'.repeat(5),
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab',
    ]) {
      expect(() => configFromEnv({ DASHBOARD_USERS: users, SESSION_SECRET: weak }), weak).toThrow(
        /too predictable/,
      );
    }
    for (const strong of [
      SECRET,
      'e2e-session-secret-0123456789abcdef0123',
      'Zk3v9QpL2xT8wR4yB6nM1cF5hJ7dG0sA',
    ]) {
      expect(configFromEnv({ DASHBOARD_USERS: users, SESSION_SECRET: strong }).access).not.toBeNull();
    }
  });

  it('reads TRUST_PROXY as a hop count or an address list, and refuses true', () => {
    const access = { DASHBOARD_USERS: `a:${HASH}`, SESSION_SECRET: SECRET };
    expect(configFromEnv({ ...access, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(configFromEnv({ ...access, TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
    expect(configFromEnv({ ...access, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => configFromEnv({ ...access, TRUST_PROXY: 'true' })).toThrow(/choose its own address/);
  });

  it('refuses a trusted proxy without staff accounts, whatever the proxy is', () => {
    for (const trust of ['1', '127.0.0.1', '10.0.0.0/8', 'true']) {
      expect(() => configFromEnv({ TRUST_PROXY: trust })).toThrow(/TRUST_PROXY|choose its own address/);
    }
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
