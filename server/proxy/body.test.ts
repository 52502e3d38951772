import { describe, expect, it } from 'vitest';
import { readCapped, scrubInternalAddresses, scrubSecrets } from './body.ts';

describe('scrubSecrets', () => {
  it('replaces every occurrence of each secret', () => {
    const out = scrubSecrets(Buffer.from('a KEY1234 b KEY1234 c host:1'), ['KEY1234', 'host:1']);
    expect(out.toString()).toBe('a [redacted] b [redacted] c [redacted]');
  });

  it('leaves the body alone when no secret is in it, and ignores too-short secrets', () => {
    const body = Buffer.from('{"ok":true}');
    expect(scrubSecrets(body, ['', 'ok', 'absent-secret'])).toBe(body);
  });
});

describe('scrubInternalAddresses', () => {
  it('masks loopback, private and link-local IPv4 addresses with their ports', () => {
    const text = 'at 10.0.0.5:443, 192.168.1.1, 172.20.3.4:80, 127.0.0.1:9, 169.254.169.254 but 8.8.8.8';
    expect(scrubInternalAddresses(Buffer.from(text)).toString()).toBe(
      'at [internal], [internal], [internal], [internal], [internal] but 8.8.8.8',
    );
  });
});

describe('readCapped', () => {
  it('reads a body up to the cap and fails past it', async () => {
    const signal = new AbortController().signal;
    expect((await readCapped(new Response('12345'), 5, signal)).toString()).toBe('12345');
    await expect(readCapped(new Response('123456'), 5, signal)).rejects.toThrow('upstream body too large');
  });
});
