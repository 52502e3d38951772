import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path.ts';
import { forwardRequest } from './forward.ts';

describe('safePath', () => {
  it('drops the query and masks phone-number-like digit runs', () => {
    expect(safePath('/?q=081234567890&status=paid')).toBe('/');
    expect(safePath('/api/orders?limit=100&page=3')).toBe('/api/orders');
    expect(safePath('/6281234567890')).toBe('/[digits]');
    expect(safePath('/%2B62%20812-3456-7890')).toBe('/[digits]');
    expect(safePath('/assets/index-Cn1yhIah.js')).toBe('/assets/index-Cn1yhIah.js');
  });
});

describe('the proxy log line', () => {
  it('masks the path with the same rule as the request line', async () => {
    const events: Record<string, unknown>[] = [];
    const upstream = () => ({ baseUrl: 'http://127.0.0.1:1', apiKey: 'k' });
    await forwardRequest(
      { method: 'GET', url: '/api/orders/6281234567890?q=1', headers: {} },
      {
        upstream,
        timeoutMs: 500,
        log: (event) => events.push(event),
      },
    );
    expect(events.map((event) => event.path)).toEqual(['/api/orders/[digits]']);
  });
});
