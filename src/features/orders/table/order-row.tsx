import { memo } from 'react';
import type { Order } from '../api/order-schema';
import { orderColumn } from '../order-columns';

const CELL_CLASS = 'flex h-full min-w-0 shrink-0 items-center overflow-hidden px-3';
// The sticky first cell covers the row's outline, so it draws its own part of the focus ring.
const ROW_CLASS =
  'flex w-full cursor-pointer items-center border-b border-border hover:bg-surface-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent [&:focus-visible>td:first-child]:[box-shadow:inset_2px_2px_var(--accent),inset_0_-2px_var(--accent)]';

function cellClass(columnId: string, first: boolean): string {
  const numeric = orderColumn(columnId)?.numeric ? ' justify-end' : '';
  return `${CELL_CLASS}${numeric}${first ? ' sticky left-0 z-[1] bg-inherit' : ''}`;
}

type Props = {
  order: Order;
  index: number;
  /** Set only for a row placed apart from the flow (the pinned row far from the window). */
  top?: number;
  height: number;
  columnIds: readonly string[];
  active: boolean;
  selected: boolean;
  onOpen: (orderId: string) => void;
  onActivate: (index: number) => void;
};

/** One body row, in the body's flow; memoised so a scroll step only renders the rows whose order changed. */
export const OrderRow = memo(function OrderRow({
  order,
  index,
  top,
  height,
  columnIds,
  active,
  selected,
  onOpen,
  onActivate,
}: Props) {
  return (
    <tr
      data-testid="order-row"
      data-order-id={order.id}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected || undefined}
      tabIndex={active ? 0 : -1}
      onFocus={() => onActivate(index)}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a')) return;
        onOpen(order.id);
      }}
      className={`${ROW_CLASS} ${selected ? 'bg-surface-3' : 'bg-surface'}${top === undefined ? '' : ' absolute left-0'}`}
      style={{ top, height }}
    >
      {columnIds.map((id, i) => {
        const meta = orderColumn(id);
        return (
          <td
            key={id}
            style={{ width: meta?.width, flexGrow: meta?.numeric ? 0 : 1 }}
            className={cellClass(id, i === 0)}
          >
            {meta?.cell(order)}
          </td>
        );
      })}
    </tr>
  );
});
