import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, parseRetryAfter } from './api-client';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('12')).toBe(12_000);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('getJson', () => {
  it('returns the parsed body and headers', async () => {
    stubFetch(new Response('{"a":1}', { status: 200, headers: { 'x-ratelimit-remaining': '5' } }));
    const result = await getJson('/api/orders');
    expect(result.body).toEqual({ a: 1 });
    expect(result.headers.get('x-ratelimit-remaining')).toBe('5');
  });

  it('reads the body as UTF-8 the way Response.text() does: a BOM dropped, bad bytes replaced', async () => {
    const json = new TextEncoder().encode('{"name":"Siti Nurhaliza ☕ Café","x":"?"}');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...json]);
    // The "?" becomes a byte that is not UTF-8.
    bytes[bytes.length - 3] = 0xff;
    stubFetch(new Response(bytes, { status: 200 }));
    const { body } = await getJson('/api/orders');
    expect(body).toEqual({ name: 'Siti Nurhaliza ☕ Café', x: '\uFFFD' });
    expect(body).toEqual(JSON.parse(await new Response(bytes).text()));
  });

  it("throws an http error with Cekat's message and Retry-After", async () => {
    const body = JSON.stringify({
      success: false,
      status_code: 429,
      error: { message: 'Too many requests' },
    });
    stubFetch(new Response(body, { status: 429, headers: { 'retry-after': '3' } }));
    await expect(getJson('/api/orders')).rejects.toMatchObject({
      kind: 'http',
      status: 429,
      message: 'Too many requests',
      retryAfterMs: 3000,
    });
  });

  it('treats a 200 that is not JSON as malformed', async () => {
    stubFetch(new Response('<html>maintenance</html>', { status: 200 }));
    await expect(getJson('/api/orders')).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('reports network failures as such', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const error = await getJson('/api/orders').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});
