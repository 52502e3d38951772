import { t } from '@/i18n/i18n';
import { toCsv } from '@/lib/csv';
import type { Order } from '../api/order-schema';
import { orderColumn } from '../order-columns';

/** Header row: column names in the chosen language, or the API's field names for imports by field name. */
export type CsvHeaders = 'labels' | 'fields';

/** The current view as CSV: these rows, in this order, with these columns (order id always, for lookups). */
export function ordersToCsv(
  rows: readonly Order[],
  columnIds: readonly string[],
  headers: CsvHeaders = 'labels',
): string {
  const csvs = columnIds.flatMap((id) => orderColumn(id)?.csv ?? []);
  const header =
    headers === 'fields'
      ? ['id', ...csvs.flatMap((c) => c.fields)]
      : [t('csv.order_id'), ...csvs.flatMap((c) => c.labels.map((key) => t(key)))];
  return toCsv(
    header,
    rows.map((o) => [o.id, ...csvs.flatMap((c) => c.values(o))]),
  );
}

export function csvFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `orders-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.csv`;
}
