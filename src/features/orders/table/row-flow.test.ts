import { describe, expect, it } from 'vitest';
import { rowFlow } from './row-flow';

const items = (indexes: number[], h = 50) => indexes.map((index) => ({ index, start: index * h }));

describe('rowFlow', () => {
  it('pads to the first row when the pinned row is inside the window', () => {
    expect(rowFlow(items([4, 5, 6]), 5)).toEqual({ padTop: 200, detached: null });
    expect(rowFlow(items([4, 5, 6]), 4)).toEqual({ padTop: 200, detached: null });
  });

  it('detaches a pinned row far above or below the window', () => {
    expect(rowFlow(items([0, 40, 41, 42]), 0)).toEqual({ padTop: 2000, detached: 0 });
    expect(rowFlow(items([40, 41, 42, 90]), 90)).toEqual({ padTop: 2000, detached: 90 });
  });

  it('keeps a lone row and an empty list in the flow', () => {
    expect(rowFlow(items([7]), 7)).toEqual({ padTop: 350, detached: null });
    expect(rowFlow([], 0)).toEqual({ padTop: 0, detached: null });
  });
});
