import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { t } from '@/i18n/i18n';
import { downloadText } from '@/lib/csv';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Order } from '../api/order-schema';
import { ExportTrigger } from './export-trigger';
import { csvFileName, ordersToCsv, type CsvHeaders } from './orders-csv';

const item =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-surface-3';

/** Exports exactly what the table shows (these rows, this order, the visible columns), headed either way (loaded after the first paint: the default export is for `lazy`). */
export default function ExportButton({ rows, columnIds }: { rows: readonly Order[]; columnIds: string[] }) {
  const timeZone = useStoreTimeZone();
  const download = (headers: CsvHeaders) =>
    downloadText(ordersToCsv(rows, columnIds, headers, timeZone), csvFileName(Date.now(), timeZone));
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <ExportTrigger disabled={rows.length === 0} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 w-64 rounded-md border border-border bg-surface p-1 text-fg shadow-lg"
        >
          <DropdownMenu.Item className={item} onSelect={() => download('labels')}>
            {t('csv.labels')}
            <span className="text-xs text-fg-muted">{t('csv.labels_hint')}</span>
          </DropdownMenu.Item>
          <DropdownMenu.Item className={item} onSelect={() => download('fields')}>
            {t('csv.fields')}
            <span className="text-xs text-fg-muted">{t('csv.fields_hint')}</span>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
