import { describe, expect, it } from 'vitest';
import { safeNext, sameOriginPath } from './same-origin-path.ts';

const ORIGIN = 'https://orders.example.com';

/** Where a browser goes with `value` as a Location, meta refresh or href on a page of ours. */
function destination(value: string, page = `${ORIGIN}/orders/deep?x=1`): string {
  return new URL(value, page).origin;
}

describe('safeNext', () => {
  it('keeps same-origin paths and turns everything else into /', () => {
    expect(safeNext('/?status=paid&order=abc')).toBe('/?status=paid&order=abc');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\/evil.example',
      '/\t/evil.example',
      '/%0a/x\n',
      ' //evil.example',
      'x',
      '/a\nb',
      '/auth/sign-out',
      '/auth?x',
      7,
      null,
    ]) {
      expect(safeNext(bad), String(bad)).toBe('/');
    }
  });
});

describe('sameOriginPath', () => {
  it('refuses every path a browser would read as another origin', () => {
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example',
      '//\\evil',
      '/\\/evil',
      '///evil',
      `/${'a'.repeat(2000)}`,
    ])
      expect(sameOriginPath(bad), bad).toBeNull();
    for (const good of [
      '/',
      '/evil.example/x',
      '/%2F%2Fevil.example',
      '/%5Cevil',
      '/a//b',
      '/.//x',
      '/?next=//evil',
    ])
      expect(sameOriginPath(good), good).toBe(good);
  });
});

// A small property test: from pieces attackers use, every accepted result stays on our origin.
const PIECES = [
  '/',
  '\\',
  '//',
  '.',
  '..',
  '%2F',
  '%5C',
  '%2f',
  '%09',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '@',
  ':',
  '?',
  '#',
  'evil.example',
  'http:',
  'https:',
  'javascript:',
  'a',
  '\u3002',
  '\uff0f',
  '％',
  '&',
  '=',
  'next=',
];

function randomValue(random: () => number): string {
  const count = 1 + Math.floor(random() * 8);
  return Array.from({ length: count }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('path and next handling, on random attacker-shaped values', () => {
  it('is always same-origin or refused', () => {
    const random = seeded(15);
    let accepted = 0;
    for (let i = 0; i < 3_000; i++) {
      const value = randomValue(random);
      for (const candidate of [value, `/${value}`]) {
        const path = sameOriginPath(candidate);
        if (path !== null) {
          accepted++;
          expect(destination(path), JSON.stringify(candidate)).toBe(ORIGIN);
          expect(destination(path, `${ORIGIN}/`), JSON.stringify(candidate)).toBe(ORIGIN);
        }
        expect(destination(safeNext(candidate)), JSON.stringify(candidate)).toBe(ORIGIN);
      }
    }
    expect(accepted).toBeGreaterThan(200);
  });
});
