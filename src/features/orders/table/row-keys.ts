/** Keeps the given index in the rendered range (sorted, no duplicates), so the focusable row always exists. */
export function pinIndex(indexes: readonly number[], pin: number, count: number): number[] {
  if (pin < 0 || pin >= count || indexes.includes(pin)) return [...indexes];
  return [...indexes, pin].sort((a, b) => a - b);
}

/**
 * React keys for the rendered rows. A jump to a range that shares no row with the last one reuses the last
 * keys in order, so React updates the existing row elements in place instead of building new ones (what makes
 * dragging the scrollbar through 100k rows cheap); otherwise rows keep their key and newcomers get fresh
 * ones, so nothing moves in the DOM. The pinned index is left out of the overlap test.
 */
export class RowKeys {
  private last = new Map<number, number>();
  private nextKey = 0;

  keysFor(indexes: readonly number[], pinned = -1): Map<number, number> {
    const overlap = indexes.some((i) => i !== pinned && this.last.has(i));
    const spare = overlap ? [] : [...this.last].filter(([i]) => !indexes.includes(i)).map(([, key]) => key);
    const out = new Map<number, number>();
    for (const i of indexes) {
      const kept = this.last.get(i);
      out.set(i, kept ?? spare.shift() ?? this.nextKey++);
    }
    this.last = out;
    return out;
  }
}
