import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Density } from '@/components/data-table/view-options-menu';
import type { Order } from '../api/order-schema';
import type { SetOrdersView, SortKey } from '../view-state';
import { ORDER_COLUMNS, orderColumn } from '../order-columns';
import { OrderRow } from './order-row';
import { OrdersTableHead } from './orders-table-head';
import { rowFlow } from './row-flow';
import { pinIndex, RowKeys } from './row-keys';

type Props = {
  rows: readonly Order[];
  sort: readonly SortKey[];
  /** The order whose drawer is open. */
  openId: string | null;
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

/** The virtualised orders grid: the selectors did the heavy work, this renders the window of rows. */
export function OrdersTable({ rows, sort, openId, setView, columnVisibility, density }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [rowKeys] = useState(() => new RowKeys());
  const rowHeight = ROW_HEIGHT[density];
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  // The roving-tabindex row stays rendered when scrolled away, so Tab and focus always have a row to land on.
  const rangeExtractor = useCallback(
    (range: Range) => pinIndex(defaultRangeExtractor(range), activeIndex, range.count),
    [activeIndex],
  );
  // The app does not use the React Compiler, so the virtualizer returning fresh functions is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const keys = rowKeys.keysFor(
    items.map((item) => item.index),
    activeIndex,
  );
  const flow = rowFlow(items, activeIndex);
  const columnIds = useMemo(
    () => ORDER_COLUMNS.flatMap((c) => (columnVisibility[c.id] !== false ? [c.id] : [])),
    [columnVisibility],
  );
  const width = columnIds.reduce((sum, id) => sum + (orderColumn(id)?.width ?? 120), 0);
  const open = useCallback((id: string) => setView({ order: id }), [setView]);

  const focusRow = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${index}"]`)
        ?.focus({ preventScroll: true }),
    );
  };

  // Each batch of a streaming sync is a new `rows`: scroll only when the open row is new or has moved, since
  // every scroll to it forces layout for several frames.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!openId) return void (scrolledTo.current = null);
    const index = rows.findIndex((o) => o.id === openId);
    if (index === -1 || scrolledTo.current === `${openId}@${index}`) return;
    scrolledTo.current = `${openId}@${index}`;
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [openId, rows, virtualizer]);

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
        <OrdersTableHead sort={sort} setView={setView} columnVisibility={columnVisibility} />
        <tbody
          className="relative block"
          style={{ height: virtualizer.getTotalSize(), paddingTop: flow.padTop }}
        >
          {items.map((item) => {
            const order = rows[item.index];
            if (!order) return null;
            return (
              <OrderRow
                key={keys.get(item.index)}
                order={order}
                index={item.index}
                top={item.index === flow.detached ? item.start : undefined}
                height={rowHeight}
                columnIds={columnIds}
                active={item.index === activeIndex}
                selected={openId === order.id}
                onOpen={open}
                onActivate={setActive}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
