import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { Highlight } from '@/components/ui/highlight';
import { t } from '@/i18n/i18n';
import { formatRelative, formatRupiah, MISSING } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { LateDot } from '../attention/late-dot';
import { highlightRanges } from '../model/search';
import { StatusBadge } from '../status-badge';
import { useCellContext } from './cell-context';
import { isPlainClick } from '@/lib/plain-click';

const CARD_HEIGHT = 76;

/** One order on a phone: number, status and total, then customer and age; a link that opens the drawer. */
const OrderCard = memo(function OrderCard({ order, selected }: { order: Order; selected: boolean }) {
  const { query, hrefFor, open, now, thresholds } = useCellContext();
  const number = order.order_number !== null ? `#${order.order_number}` : MISSING;
  const name = order.contact?.display_name || '';
  return (
    <a
      href={hrefFor(order.id)}
      aria-current={selected || undefined}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        open(order.id);
      }}
      className={`flex h-full flex-col justify-center gap-1 border-b border-border px-3 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${selected ? 'bg-surface-3' : 'bg-surface active:bg-surface-2'}`}
    >
      <span className="flex items-center gap-2">
        <LateDot order={order} now={now} thresholds={thresholds} />
        <span className="tabular font-medium">
          <Highlight text={number} ranges={highlightRanges(number, query)} />
        </span>
        <StatusBadge status={order.order_status} />
        <span className="tabular ml-auto font-medium">{formatRupiah(order.grand_total)}</span>
      </span>
      <span className="flex items-center gap-2 text-fg-muted">
        <span className="min-w-0 flex-1 truncate">
          {name ? <Highlight text={name} ranges={highlightRanges(name, query)} /> : t('orders.unnamed')}
        </span>
        {order.createdAtMs !== null && (
          <time dateTime={order.created_at ?? undefined} className="shrink-0 text-xs">
            {formatRelative(order.createdAtMs, now)}
          </time>
        )}
      </span>
    </a>
  );
});

/** The phone's orders list: the same rows as the table, virtualised, as compact cards. */
export function OrderCards({ rows, openId }: { rows: readonly Order[]; openId: string | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer returning fresh functions is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
  });
  useEffect(() => {
    const index = openId === null ? -1 : rows.findIndex((o) => o.id === openId);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [openId, rows, virtualizer]);
  return (
    <div
      ref={scrollRef}
      className="relative h-[calc(100dvh-12rem)] min-h-[360px] overflow-auto overscroll-contain"
    >
      <ul
        data-testid="orders-table"
        aria-label={t('orders.section')}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const order = rows[item.index];
          if (!order) return null;
          return (
            <li
              key={order.id}
              data-testid="order-row"
              data-order-id={order.id}
              className="absolute inset-x-0"
              style={{ top: item.start, height: CARD_HEIGHT }}
            >
              <OrderCard order={order} selected={openId === order.id} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
