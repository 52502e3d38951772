import { describe, expect, it } from 'vitest';
import { isLocalRequest } from './loopback-only.ts';

describe('isLocalRequest', () => {
  it('answers a loopback Host with no proxy header', () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'localhost', 'LOCALHOST:1'])
      expect(isLocalRequest({ host }), host).toBe(true);
  });

  it('refuses other hosts, however the Host is dressed', () => {
    for (const host of [
      'evil.example',
      'localhost.evil.example',
      '127.0.0.1.nip.io:80',
      '[::2]:8080',
      '',
      undefined,
    ])
      expect(isLocalRequest({ host }), String(host)).toBe(false);
  });

  it.each([
    ['x-forwarded-host', 'localhost'],
    ['x-forwarded-for', '127.0.0.1'],
    ['x-forwarded-proto', 'http'],
    ['forwarded', 'for=127.0.0.1;host=localhost'],
    ['x-real-ip', '127.0.0.1'],
    ['via', '1.1 nginx'],
  ])('refuses a request carrying %s, even with a loopback Host', (name, value) => {
    expect(isLocalRequest({ host: 'localhost:8080', [name]: value })).toBe(false);
  });
});
