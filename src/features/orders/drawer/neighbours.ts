import type { Order } from '../api/order-schema';

export type Neighbours = {
  /** Position of the order in the rows, or -1 when the current filters hide it. */
  index: number;
  total: number;
  previous: Order | null;
  next: Order | null;
};

/** The orders before and after `id` in the table's current filtered and sorted rows. */
export function neighbours(rows: readonly Order[], id: string): Neighbours {
  const index = rows.findIndex((row) => row.id === id);
  if (index === -1) return { index, total: rows.length, previous: null, next: null };
  return { index, total: rows.length, previous: rows[index - 1] ?? null, next: rows[index + 1] ?? null };
}
