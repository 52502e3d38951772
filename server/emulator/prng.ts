export type Weighted<T> = {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
};

export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): Weighted<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    cumulative[i] = total;
  });
  return { values: entries.map(([value]) => value), cumulative, total };
}

/** Mixes a user seed with a stream name so each concern (orders, faults, live, awkward) has its own sequence. */
export function deriveSeed(seed: number, stream: string): number {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for fake data; the same seed gives the same sequence everywhere. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  u32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.float() * values.length)] as T;
  }

  pickWeighted<T>(table: Weighted<T>): T {
    const x = this.float() * table.total;
    const { cumulative, values } = table;
    for (let i = 0; i < cumulative.length; i++) {
      if (x < (cumulative[i] as number)) return values[i] as T;
    }
    return values[values.length - 1] as T;
  }
}
