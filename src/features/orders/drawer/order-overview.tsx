import type { ReactNode } from 'react';
import { t } from '@/i18n/i18n';
import { CopyButton } from '@/components/ui/copy-button';
import { formatDateTime, formatRelative } from '@/lib/format';
import { zoneAbbreviation } from '@/lib/time-zone';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Order } from '../api/order-schema';
import { StatusBadge } from '../status-badge';

/** Status, when it was created (absolute and relative) and the id, right under the title. */
export function OrderOverview({ order, verified }: { order: Order; verified?: ReactNode }) {
  const timeZone = useStoreTimeZone();
  return (
    <div className="space-y-2 border-b border-border px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge status={order.order_status} />
        {order.createdAtMs !== null ? (
          <time dateTime={order.created_at ?? undefined} className="text-fg">
            {formatDateTime(order.createdAtMs, timeZone)}{' '}
            <abbr title={timeZone} className="no-underline">
              {zoneAbbreviation(timeZone, order.createdAtMs)}
            </abbr>{' '}
            <span className="text-fg-muted">({formatRelative(order.createdAtMs)})</span>
          </time>
        ) : (
          <span className="text-fg-muted">
            {order.created_at ? t('overview.created_raw', { raw: order.created_at }) : t('overview.no_date')}
          </span>
        )}
      </div>
      <div className="flex items-center gap-1 text-fg-muted">
        <span>ID</span>
        <code className="min-w-0 truncate font-mono text-xs text-fg" title={order.id}>
          {order.id}
        </code>
        <CopyButton value={order.id} label={t('copy.order_id')} />
      </div>
      {verified}
    </div>
  );
}
