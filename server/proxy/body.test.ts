import { describe, expect, it } from 'vitest';
import { redactSecret } from './body.ts';

const KEY = 'prod-e2e-secret-key/never+in_browser';

describe('redactSecret', () => {
  const redact = (text: string) => redactSecret(Buffer.from(text), KEY).toString();

  it.each([
    ['plain', `a ${KEY} b ${KEY}`],
    [
      'percent-encoded, any case, any mix',
      encodeURIComponent(KEY).replace('%2F', '%2f').replace(/-/g, '%2D'),
    ],
    ['every character percent-encoded', [...KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    [
      '\\u-escaped in JSON',
      JSON.stringify({ a: KEY }).replace(/[pk]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
    ],
    ['escaped twice in JSON', JSON.stringify({ a: KEY.replace(/e/g, '\\u0065') })],
    ['with a JSON-escaped slash', JSON.stringify({ a: KEY }).replace('/', '\\/')],
    ['base64', Buffer.from(KEY).toString('base64')],
    ['base64url inside a token', `tok.${Buffer.from(`{"k":"${KEY}"}`).toString('base64url')}.sig`],
    [
      'base64 at every alignment',
      ['', 'a', 'ab'].map((pad) => Buffer.from(pad + KEY).toString('base64')).join(' '),
    ],
  ])('removes the key written %s', (_name, text) => {
    const out = redact(text);
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(KEY);
    expect(decodeURIComponent(out.replace(/\\u00/g, '%'))).not.toContain(KEY);
    for (const word of out.split(/[^A-Za-z0-9+/_-]+/)) {
      for (const decoded of [
        Buffer.from(word, 'base64').toString('latin1'),
        Buffer.from(word, 'base64url').toString('latin1'),
      ])
        expect(decoded).not.toContain(KEY.slice(4, 20));
    }
  });

  it('leaves a body without the key untouched, byte for byte, and ignores too-short secrets', () => {
    const body = Buffer.from('{"id":12345678901234567890,"name":"prod e2e"}');
    expect(redactSecret(body, KEY)).toBe(body);
    expect(redactSecret(Buffer.from('ok ok'), 'ok').toString()).toBe('ok ok');
  });
});
