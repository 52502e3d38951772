import { memo, type ReactNode } from 'react';
import { formatRupiah } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { StatusBadge } from '../status-badge';
import { CreatedCell, CustomerCell, InvoicesCell, OrderNumberCell, TextCell } from './cells';
import { COLUMN_META } from './column-meta';
import { paymentMethodLabel, paymentTypeLabel } from '../payment-words';

const amount = (value: number | null) => (
  <span className="tabular block text-right">{formatRupiah(value)}</span>
);

const CELLS: Record<string, (o: Order) => ReactNode> = {
  order_number: (o) => <OrderNumberCell order={o} />,
  created_at: (o) => <CreatedCell order={o} />,
  customer: (o) => <CustomerCell order={o} />,
  order_status: (o) => <StatusBadge status={o.order_status} />,
  payment_method: (o) => <TextCell value={paymentMethodLabel(o.payment_method)} />,
  payment_type: (o) => <TextCell value={paymentTypeLabel(o.payment_type)} />,
  subtotal: (o) => amount(o.subtotal),
  discount: (o) => amount(o.discount),
  shipping_fee: (o) => amount(o.shipping_fee),
  grand_total: (o) => amount(o.grand_total),
  invoices: (o) => <InvoicesCell order={o} />,
};

const CELL_CLASS = 'flex h-full min-w-0 shrink-0 items-center overflow-hidden px-3';
// The sticky first cell covers the row's outline, so it draws its own part of the focus ring.
const ROW_CLASS =
  'flex w-full cursor-pointer items-center border-b border-border hover:bg-surface-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent [&:focus-visible>td:first-child]:[box-shadow:inset_2px_2px_var(--accent),inset_0_-2px_var(--accent)]';

function cellClass(columnId: string, first: boolean): string {
  const numeric = COLUMN_META[columnId]?.numeric ? ' justify-end' : '';
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
        const meta = COLUMN_META[id];
        return (
          <td
            key={id}
            style={{ width: meta?.width, flexGrow: meta?.numeric ? 0 : 1 }}
            className={cellClass(id, i === 0)}
          >
            {CELLS[id]?.(order)}
          </td>
        );
      })}
    </tr>
  );
});
