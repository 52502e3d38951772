type Item = { index: number; start: number };

export type RowFlow = {
  /** Space above the first row in the flow: rows stack below it instead of each carrying its own offset. */
  padTop: number;
  /** The pinned row when it sits apart from the window; it alone is placed at its own offset. */
  detached: number | null;
};

/**
 * Lays the rendered rows out in normal flow under one padding, so a scroll step changes one style on the
 * body instead of a transform per row. Only the pinned row, kept rendered far from the window, is detached.
 */
export function rowFlow(items: readonly Item[], pinned: number): RowFlow {
  const at = items.findIndex((item) => item.index === pinned);
  const prev = items[at - 1];
  const next = items[at + 1];
  const apart = at !== -1 && items.length > 1 && prev?.index !== pinned - 1 && next?.index !== pinned + 1;
  const first = items.find((item) => !apart || item.index !== pinned);
  return { padTop: first?.start ?? 0, detached: apart ? pinned : null };
}
