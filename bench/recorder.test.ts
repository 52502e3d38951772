import { describe, expect, it } from 'vitest';
import { formatAmount, formatTable } from './report';
import { judge, Recorder } from './recorder';

describe('Recorder', () => {
  it('turns runs into a median with the floor ratio and a verdict against the target', () => {
    const recorder = new Recorder();
    recorder.define({
      id: 'sync',
      label: 'time to all held',
      unit: 'ms',
      target: { kind: 'ratio', max: 1.25 },
    });
    for (const [value, floor] of [
      [120, 100],
      [110, 100],
      [200, 90],
    ] as const) {
      recorder.value('sync', value);
      recorder.floor('sync', floor);
    }
    const [row] = recorder.rows();
    expect(row?.value).toEqual({ median: 120, min: 110, max: 200, runs: 3 });
    expect(row?.ratio).toBeCloseTo(1.2);
    expect(row?.pass).toBe(true);
  });

  it('reports a figure nobody could measure as n/a with its reason, not as a failure', () => {
    const recorder = new Recorder();
    recorder.define({ id: 'sort', label: 'sort', unit: 'ms', target: { kind: 'max', max: 100 } });
    recorder.value('sort', NaN);
    recorder.note('sort', 'no sortable column header');
    const [row] = recorder.rows();
    expect(row).toMatchObject({ value: null, pass: null, notes: ['no sortable column header'] });
    expect(formatTable(recorder.rows())).toContain(
      '| sort | n/a | — | — | ≤ 100 ms | — | no sortable column header |',
    );
  });
});

describe('judge', () => {
  const one = { median: 101, min: 90, max: 120, runs: 3 };
  it('compares the median with an absolute ceiling', () => {
    expect(judge({ kind: 'max', max: 100 }, one, null)).toBe(false);
    expect(judge({ kind: 'max', max: 101 }, one, null)).toBe(true);
  });
  it('has no verdict for a ratio target without a floor', () => {
    expect(judge({ kind: 'ratio', max: 1.5 }, one, null)).toBeNull();
  });
});

describe('formatAmount', () => {
  it('writes sizes in decimal units and counts with separators', () => {
    expect(formatAmount(170_400, 'bytes')).toBe('170.4 kB');
    expect(formatAmount(12_345_678, 'bytes')).toBe('12.3 MB');
    expect(formatAmount(100_000, 'count')).toBe('100,000');
    expect(formatAmount(3.14, 'ms')).toBe('3.1 ms');
    expect(formatAmount(0.042, 'ms')).toBe('0.04 ms');
  });
});
