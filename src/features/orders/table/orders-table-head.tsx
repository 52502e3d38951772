import { memo, useMemo } from 'react';
import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { SortIndicator } from '@/components/data-table/sort-indicator';
import { t } from '@/i18n/i18n';
import type { Order } from '../api/order-schema';
import { effectiveSort } from '../model/sort-orders';
import type { SetOrdersView, SortKey } from '../view-state';
import { orderColumn } from '../order-columns';
import { features, tableColumns } from './columns';

// The selectors sort and window the rows; the table only models columns, sorting and visibility.
const NO_ROWS: Order[] = [];

type Props = {
  sort: readonly SortKey[];
  setView: SetOrdersView;
  columnVisibility: Record<string, boolean>;
};

/** The sortable header row; memoised so scrolling never renders it. */
export const OrdersTableHead = memo(function OrdersTableHead({ sort, setView, columnVisibility }: Props) {
  const sorting = effectiveSort(sort);
  const columns = useMemo(tableColumns, []);
  const table = useTable({
    features,
    columns,
    data: NO_ROWS,
    manualSorting: true,
    autoResetSorting: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      setView({ sort: next.map((s) => ({ id: s.id, desc: s.desc })) });
    },
  });
  return (
    <thead className="sticky top-0 z-10 grid bg-surface-3 text-left text-xs font-medium text-fg-muted">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} className="flex w-full" aria-rowindex={1}>
          {group.headers.map((header, i) => {
            const meta = orderColumn(header.column.id);
            const dir = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                style={{ width: meta?.width, flexGrow: meta?.numeric ? 0 : 1 }}
                className={i === 0 ? 'sticky left-0 z-10 shrink-0 bg-surface-3 px-1' : 'shrink-0 px-1'}
              >
                <button
                  type="button"
                  onClick={header.column.getToggleSortingHandler()}
                  title={t('table.sort_hint')}
                  className={`flex h-9 w-full items-center gap-1 rounded px-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-accent${meta?.numeric ? ' justify-end' : ''}`}
                >
                  <table.FlexRender header={header} />
                  <SortIndicator direction={dir} index={header.column.getSortIndex()} />
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
});
