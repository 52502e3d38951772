import { describe, expect, it } from 'vitest';
import { isSameOriginPost } from './auth.ts';

describe('isSameOriginPost', () => {
  it('accepts same-origin posts and plain ones without metadata', () => {
    expect(
      isSameOriginPost({ origin: 'https://shop.example', 'sec-fetch-site': 'same-origin' }, 'shop.example'),
    ).toBe(true);
    expect(isSameOriginPost({}, 'shop.example')).toBe(true);
  });

  it('refuses cross-site posts', () => {
    expect(isSameOriginPost({ 'sec-fetch-site': 'cross-site' }, 'shop.example')).toBe(false);
    expect(isSameOriginPost({ origin: 'https://evil.example' }, 'shop.example')).toBe(false);
    expect(isSameOriginPost({ origin: 'null' }, 'shop.example')).toBe(false);
  });
});
