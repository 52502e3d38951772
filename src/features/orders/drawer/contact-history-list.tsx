import { t } from '@/i18n/i18n';
import { useMemo } from 'react';
import { formatDate, formatInteger, formatRupiah } from '@/lib/format';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Order } from '../api/order-schema';
import { StatusBadge } from '../status-badge';
import { contactHistory } from './contact-orders';

type Props = { order: Order; orders: readonly Order[]; onOpenOrder: (id: string) => void };

/** The contact's orders among those held: how many, their lifetime total, and each one to open. */
export function ContactHistoryList({ order, orders, onOpenOrder }: Props) {
  const timeZone = useStoreTimeZone();
  const history = useMemo(() => contactHistory(orders, order), [orders, order]);
  if (!history) return null;
  return (
    <div className="mt-3 rounded-md border border-border">
      <p className="flex flex-wrap justify-between gap-x-3 bg-surface-2 px-3 py-2 text-sm">
        <span>
          <span data-testid="contact-order-count" className="font-medium tabular">
            {formatInteger(history.count)}
          </span>{' '}
          {t('history.from_contact', { count: history.count })}
        </span>
        <span className="tabular">
          <span className="text-fg-muted">{t('history.lifetime')} </span>
          {formatRupiah(history.lifetimeTotal)}
        </span>
      </p>
      {history.others.length === 0 ? (
        <p className="px-3 py-2 text-sm text-fg-muted">{t('history.none')}</p>
      ) : (
        <ul aria-label={t('history.others')} className="max-h-64 divide-y divide-border overflow-y-auto">
          {history.others.map((other) => (
            <li key={other.id}>
              <button
                type="button"
                onClick={() => onOpenOrder(other.id)}
                className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-surface-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
              >
                <span className="w-16 shrink-0 font-medium tabular">#{other.order_number ?? '—'}</span>
                <StatusBadge status={other.order_status} />
                <span className="flex-1 text-fg-muted">{formatDate(other.createdAtMs, timeZone)}</span>
                <span className="tabular">{formatRupiah(other.grand_total)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
