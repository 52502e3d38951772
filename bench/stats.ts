/** Median of several runs with the spread, so a noisy machine shows as a wide min..max rather than a lie. */
export type Spread = { median: number; min: number; max: number; runs: number };

export function spread(values: readonly number[]): Spread | null {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  const median =
    finite.length % 2 ? (finite[mid] as number) : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2;
  return { median, min: finite[0] as number, max: finite[finite.length - 1] as number, runs: finite.length };
}

/** How many times the floor a figure costs; null where either side is missing or the floor is zero. */
export function ratio(value: number | null | undefined, floor: number | null | undefined): number | null {
  if (value == null || floor == null || !Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0)
    return null;
  return value / floor;
}
