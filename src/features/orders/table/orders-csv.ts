import { toCsv } from '@/lib/csv';
import type { Order } from '../api/order-schema';
import { COLUMN_META } from './column-meta';

/** The current view as CSV: these rows, in this order, with these columns (order id always, for lookups). */
export function ordersToCsv(rows: readonly Order[], columnIds: readonly string[]): string {
  const metas = columnIds.flatMap((id) => COLUMN_META[id] ?? []);
  const header = ['Order id', ...metas.flatMap((m) => m.csvHeader)];
  return toCsv(
    header,
    rows.map((o) => [o.id, ...metas.flatMap((m) => m.csv(o))]),
  );
}

export function csvFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `orders-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.csv`;
}
