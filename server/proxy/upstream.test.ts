import { describe, expect, it } from 'vitest';
import { upstreamFromEnv } from './upstream.ts';

describe('upstreamFromEnv', () => {
  it('is null (use the emulator) when the base URL is unset or empty', () => {
    expect(upstreamFromEnv({})).toBeNull();
    expect(upstreamFromEnv({ CEKAT_API_BASE_URL: '', CEKAT_API_KEY: 'k' })).toBeNull();
    expect(upstreamFromEnv({ CEKAT_API_BASE_URL: '  ' })).toBeNull();
  });

  it('reads the origin and key, dropping a trailing slash', () => {
    expect(upstreamFromEnv({ CEKAT_API_BASE_URL: 'https://api.cekat.ai/', CEKAT_API_KEY: 'secret' })).toEqual(
      {
        baseUrl: 'https://api.cekat.ai',
        apiKey: 'secret',
      },
    );
  });

  it('refuses something that is not an http(s) URL', () => {
    expect(() => upstreamFromEnv({ CEKAT_API_BASE_URL: 'api.cekat.ai' })).toThrow(/not a URL/);
    expect(() => upstreamFromEnv({ CEKAT_API_BASE_URL: 'file:///etc/passwd' })).toThrow(/http/);
  });
});
