import { t } from '@/i18n/i18n';
import { toCsv } from '@/lib/csv';
import { dayText, zonedDate, zoneAbbreviation } from '@/lib/time-zone';
import type { Order } from '../api/order-schema';
import { orderColumn } from '../order-columns';

/** Header row: column names in the chosen language, or the API's field names for imports by field name. */
export type CsvHeaders = 'labels' | 'fields';

/**
 * The current view as CSV: these rows, in this order, with these columns (order id always, for lookups).
 * Column names are for people (a month-end spreadsheet), so dates read the store's clock, zone in the header;
 * field names are for imports, so every value is the API's own (`created_at` with its offset).
 */
export function ordersToCsv(
  rows: readonly Order[],
  columnIds: readonly string[],
  headers: CsvHeaders,
  timeZone: string,
): string {
  const csvs = columnIds.flatMap((id) => orderColumn(id)?.csv ?? []);
  const zone = zoneAbbreviation(timeZone);
  const header =
    headers === 'fields'
      ? ['id', ...csvs.flatMap((c) => c.fields)]
      : [t('csv.order_id'), ...csvs.flatMap((c) => c.labels.map((key) => t(key, { zone })))];
  const dates = headers === 'fields' ? null : timeZone;
  return toCsv(
    header,
    rows.map((o) => [o.id, ...csvs.flatMap((c) => c.values(o, dates))]),
  );
}

/** `orders-2026-04-08-0905.csv`, named by the store's clock like everything else. */
export function csvFileName(now: number, timeZone: string): string {
  const z = zonedDate(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `orders-${dayText(z.year, z.month, z.day)}-${pad(z.hour)}${pad(z.minute)}.csv`;
}
