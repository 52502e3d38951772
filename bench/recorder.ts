import { ratio, spread, type Spread } from './stats';

export type Unit = 'ms' | 'bytes' | 'count';

/** What a figure must meet: a multiple of its floor, or an absolute ceiling. */
export type Target = { kind: 'ratio'; max: number } | { kind: 'max'; max: number; label?: string };

export type RowSpec = { id: string; label: string; unit: Unit; target?: Target; floorLabel?: string };

export type Row = RowSpec & {
  value: Spread | null;
  floor: Spread | null;
  ratio: number | null;
  pass: boolean | null;
  /** Why a figure is n/a, or what else a reader should know about it. */
  notes: string[];
};

type Samples = { values: number[]; floors: number[]; notes: Set<string> };

export function judge(
  target: Target | undefined,
  value: Spread | null,
  floorRatio: number | null,
): boolean | null {
  if (!target || !value) return null;
  if (target.kind === 'ratio') return floorRatio === null ? null : floorRatio <= target.max;
  return value.median <= target.max;
}

/** Collects each run's samples under a row id and turns them into medians, ratios and verdicts. */
export class Recorder {
  private readonly samples = new Map<string, Samples>();
  private readonly specs = new Map<string, RowSpec>();

  define(spec: RowSpec): void {
    this.specs.set(spec.id, spec);
  }

  private of(id: string): Samples {
    let s = this.samples.get(id);
    if (!s) this.samples.set(id, (s = { values: [], floors: [], notes: new Set() }));
    return s;
  }

  value(id: string, value: number | null | undefined): void {
    if (value != null && Number.isFinite(value)) this.of(id).values.push(value);
  }

  floor(id: string, value: number | null | undefined): void {
    if (value != null && Number.isFinite(value)) this.of(id).floors.push(value);
  }

  note(id: string, note: string): void {
    this.of(id).notes.add(note);
  }

  rows(): Row[] {
    return [...this.specs.values()].map((spec) => {
      const s = this.samples.get(spec.id);
      const value = spread(s?.values ?? []);
      const floor = spread(s?.floors ?? []);
      const r = ratio(value?.median, floor?.median);
      return {
        ...spec,
        value,
        floor,
        ratio: r,
        pass: judge(spec.target, value, r),
        notes: [...(s?.notes ?? [])],
      };
    });
  }
}
