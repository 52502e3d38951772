import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseOptions } from './options';

describe('parseOptions', () => {
  it('defaults to 10k and 100k orders, three runs, every figure', () => {
    expect(parseOptions([])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads sizes, runs and a subset of figures, in both flag styles', () => {
    const options = parseOptions(['--sizes', '1_000,20000', '--runs=5', '--only', 'sync,heap']);
    expect(options).toMatchObject({ sizes: [1000, 20000], runs: 5, only: ['sync', 'heap'] });
  });

  it('makes --quick tiny but lets explicit flags win', () => {
    expect(parseOptions(['--quick'])).toMatchObject({ sizes: [300], runs: 1, quick: true });
    expect(parseOptions(['--runs', '2', '--quick'])).toMatchObject({ sizes: [300], runs: 2 });
  });

  it('takes the PostgreSQL server for the postgres figures from --pg', () => {
    expect(parseOptions(['--pg', 'postgres://u:p@db:5432/postgres', '--only', 'postgres'])).toMatchObject({
      pg: 'postgres://u:p@db:5432/postgres',
      only: ['postgres'],
    });
  });

  it('refuses what it does not understand instead of measuring the wrong thing', () => {
    expect(() => parseOptions(['--only', 'speed'])).toThrow(/--only/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown option/);
  });
});
