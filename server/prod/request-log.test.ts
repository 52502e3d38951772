import { describe, expect, it } from 'vitest';
import { safePath } from './request-log.ts';

describe('safePath', () => {
  it('drops the query and masks phone-number-like digit runs', () => {
    expect(safePath('/?q=081234567890&status=paid')).toBe('/');
    expect(safePath('/api/orders?limit=100&page=3')).toBe('/api/orders');
    expect(safePath('/6281234567890')).toBe('/[digits]');
    expect(safePath('/%2B62%20812-3456-7890')).toBe('/[digits]');
    expect(safePath('/assets/index-Cn1yhIah.js')).toBe('/assets/index-Cn1yhIah.js');
  });
});
