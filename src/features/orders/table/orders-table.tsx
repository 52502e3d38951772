import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SortIndicator } from '@/components/data-table/sort-indicator';
import type { Density } from '@/components/data-table/view-options-menu';
import { cn } from '@/lib/cn';
import type { Order } from '../api/order-schema';
import { effectiveSort } from '../model/sort-orders';
import type { OrdersView, SetOrdersView } from '../view-state';
import { COLUMN_META } from './column-meta';
import { columns, features } from './columns';

type Props = {
  rows: readonly Order[];
  view: OrdersView;
  setView: SetOrdersView;
  columnVisibility: Record<string, boolean>;
  density: Density;
};

const ROW_HEIGHT = { comfortable: 52, compact: 40 } as const;
const NAV_KEYS: Record<string, number> = {
  ArrowDown: 1,
  j: 1,
  ArrowUp: -1,
  k: -1,
  PageDown: 10,
  PageUp: -10,
};

/** The virtualised orders grid: TanStack Table models the rendered window, the selectors did the heavy work. */
export function OrdersTable({ rows, view, setView, columnVisibility, density }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const rowHeight = ROW_HEIGHT[density];
  // The app does not use the React Compiler, so the virtualizer returning fresh functions is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length ? items[items.length - 1]!.index : -1;
  const data = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const sorting = useMemo(() => effectiveSort(view.sort), [view.sort]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (o) => o.id,
    manualSorting: true,
    autoResetSorting: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      setView({ sort: next.map((s) => ({ id: s.id, desc: s.desc })) });
    },
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const width = visibleColumns.reduce((sum, c) => sum + (COLUMN_META[c.id]?.width ?? 120), 0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  const focusRow = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${index}"]`)
        ?.focus({ preventScroll: true }),
    );
  };

  useEffect(() => {
    if (!view.order) return;
    const index = rows.findIndex((o) => o.id === view.order);
    if (index === -1) return;
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [view.order, rows, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = NAV_KEYS[e.key];
    if (step !== undefined && rows.length) {
      e.preventDefault();
      focusRow(Math.max(0, Math.min(rows.length - 1, activeIndex + step)));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusRow(e.key === 'Home' ? 0 : rows.length - 1);
    } else if (e.key === 'Enter' && rows[activeIndex]) {
      e.preventDefault();
      setView({ order: rows[activeIndex]!.id });
    }
  };

  return (
    <div
      ref={scrollRef}
      onKeyDown={onKeyDown}
      className="relative h-[calc(100dvh-15rem)] min-h-[420px] overflow-auto overscroll-contain"
    >
      <table
        data-testid="orders-table"
        aria-rowcount={rows.length + 1}
        className="grid text-sm"
        style={{ width, minWidth: '100%' }}
      >
        <thead className="sticky top-0 z-10 grid bg-surface-3 text-left text-xs font-medium text-fg-muted">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="flex w-full" aria-rowindex={1}>
              {group.headers.map((header, i) => {
                const meta = COLUMN_META[header.column.id];
                const dir = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                    style={{ width: meta?.width, flexGrow: meta?.numeric ? 0 : 1 }}
                    className={cn('shrink-0 px-1', i === 0 && 'sticky left-0 z-10 bg-surface-3')}
                  >
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      title="Sort (Shift-click adds a sort key)"
                      className={cn(
                        'flex h-9 w-full items-center gap-1 rounded px-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-accent',
                        meta?.numeric && 'justify-end',
                      )}
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
        <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
          {table.getRowModel().rows.map((row, k) => {
            const item = items[k];
            if (!item) return null;
            const order = row.original;
            const isActive = item.index === activeIndex;
            return (
              <tr
                key={row.id}
                data-testid="order-row"
                data-order-id={order.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={view.order === order.id || undefined}
                tabIndex={isActive ? 0 : -1}
                onFocus={() => setActive(item.index)}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  setView({ order: order.id });
                }}
                className={cn(
                  'group absolute left-0 flex w-full cursor-pointer items-center border-b border-border bg-surface hover:bg-surface-2',
                  'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent',
                  view.order === order.id && 'bg-surface-3',
                )}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              >
                {row.getVisibleCells().map((cell, i) => {
                  const meta = COLUMN_META[cell.column.id];
                  return (
                    <td
                      key={cell.id}
                      style={{ width: meta?.width, flexGrow: meta?.numeric ? 0 : 1 }}
                      className={cn(
                        'flex h-full min-w-0 shrink-0 items-center overflow-hidden px-3',
                        meta?.numeric && 'justify-end',
                        i === 0 && 'sticky left-0 z-[1] bg-inherit',
                      )}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
