import { describe, expect, it } from 'vitest';
import { pinIndex, RowKeys } from './row-keys';

describe('pinIndex', () => {
  it('adds the pinned index in order and never twice', () => {
    expect(pinIndex([5, 6, 7], 2, 10)).toEqual([2, 5, 6, 7]);
    expect(pinIndex([5, 6, 7], 9, 10)).toEqual([5, 6, 7, 9]);
    expect(pinIndex([5, 6, 7], 6, 10)).toEqual([5, 6, 7]);
  });

  it('ignores an index outside the list', () => {
    expect(pinIndex([0, 1], 3, 2)).toEqual([0, 1]);
    expect(pinIndex([0, 1], -1, 2)).toEqual([0, 1]);
  });
});

describe('RowKeys', () => {
  it('keeps the keys of rows still shown and gives newcomers fresh keys', () => {
    const keys = new RowKeys();
    const first = keys.keysFor([0, 1, 2]);
    const next = keys.keysFor([1, 2, 3]);
    expect(next.get(1)).toBe(first.get(1));
    expect(next.get(2)).toBe(first.get(2));
    expect([...first.values()]).not.toContain(next.get(3));
  });

  it('reuses the previous keys in order after a jump with no row in common', () => {
    const keys = new RowKeys();
    const first = [...keys.keysFor([0, 1, 2]).values()];
    const jumped = keys.keysFor([500, 501, 502, 503]);
    expect([...jumped.values()].slice(0, 3)).toEqual(first);
    expect(first).not.toContain(jumped.get(503));
  });

  it('does not count the pinned row as overlap, and keeps its key', () => {
    const keys = new RowKeys();
    const first = keys.keysFor([0, 1, 2], 0);
    const jumped = keys.keysFor([0, 500, 501], 0);
    expect(jumped.get(0)).toBe(first.get(0));
    expect([jumped.get(500), jumped.get(501)]).toEqual([first.get(1), first.get(2)]);
  });

  it('never hands out a key twice in one range', () => {
    const keys = new RowKeys();
    for (const range of [[0, 1, 2], [1, 2, 3, 4], [90, 91], [91, 92, 93, 94, 95], [3]]) {
      const values = [...keys.keysFor(range).values()];
      expect(new Set(values).size).toBe(values.length);
    }
  });
});
