import { describe, expect, it } from 'vitest';
import { pickLanguage, WORDS } from './sign-in-words.ts';

describe('pickLanguage', () => {
  it.each([
    [undefined, undefined, 'en'],
    [undefined, 'id', 'id'],
    [undefined, 'id-ID,id;q=0.9,en;q=0.8', 'id'],
    [undefined, 'en-US,en;q=0.9,id;q=0.8', 'en'],
    [undefined, 'fr-FR, id;q=0.5', 'id'],
    [undefined, 'en;q=0.4, id;q=0.6', 'id'],
    [undefined, 'id;q=0, en', 'en'],
    [undefined, 'de, fr', 'en'],
    ['en', 'id', 'en'],
    ['id', 'en-US', 'id'],
    ['xx', 'id', 'id'],
  ] as const)('cookie %s, Accept-Language %s → %s', (cookie, accept, expected) => {
    expect(pickLanguage(cookie, accept)).toBe(expected);
  });

  it('has every word in both languages', () => {
    expect(Object.keys(WORDS.id).sort()).toEqual(Object.keys(WORDS.en).sort());
  });
});
