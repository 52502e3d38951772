import { describe, expect, it } from 'vitest';
import { Recorder } from './recorder';
import { defineAll, figureOf, largestRows, rateRows, sizeRows } from './rows';

describe('rows', () => {
  it('sets the request target at ceil(N / page size) + 1 and the 429 target at one per window', () => {
    const requests = sizeRows(100_000, 100).find((row) => row.id === 'requests.free.100000');
    expect(requests?.target).toMatchObject({ kind: 'max', max: 1001 });
    const [spent, limited] = rateRows(3000, 20, 5000, 100, 3);
    expect(spent?.target).toMatchObject({ max: 31 });
    expect(limited?.target).toMatchObject({ max: 3 });
  });

  it('files every row under the --only figure that measures it', () => {
    const ids = [...sizeRows(10, 100), ...largestRows(10)].map((row) => row.id);
    expect(ids.every((id) => figureOf(id) !== undefined)).toBe(true);
    expect(figureOf('requests.free.10')).toBe('sync');
    expect(figureOf('interaction.searchSettle')).toBe('interactions');
  });

  it('leaves out the rows of figures not asked for', () => {
    const recorder = new Recorder();
    defineAll(recorder, [...sizeRows(10, 100), ...largestRows(10)], ['heap']);
    expect(recorder.rows().map((row) => row.id)).toEqual(['heap.10']);
  });
});
