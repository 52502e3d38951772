import { t } from '@/i18n/i18n';
import { Loader2, SearchX, TriangleAlert } from 'lucide-react';
import { formatInteger } from '@/lib/format';
import type { OrdersData } from '../sync/use-orders';

/** What the drawer says while a linked order is not held: still looking, not found, or the sync failed. */
export function OrderMissing({ id, data }: { id: string; data: OrdersData }) {
  const held = formatInteger(data.orders.length);
  if (data.status === 'loading') {
    return (
      <div role="status" className="flex gap-3 p-4 text-sm">
        <Loader2 aria-hidden className="size-5 shrink-0 animate-spin text-fg-muted" />
        <p>
          {t('missing.looking.before')} <code className="font-mono text-xs break-all">{id}</code>
          {t('missing.looking.after', { n: held })}
        </p>
      </div>
    );
  }
  if (data.status === 'error') {
    return (
      <div role="alert" className="flex gap-3 p-4 text-sm">
        <TriangleAlert aria-hidden className="size-5 shrink-0 text-danger" />
        <p>
          {t('missing.error.before')} <code className="font-mono text-xs break-all">{id}</code>{' '}
          {t('missing.error.after', { n: held })}
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="flex gap-3 p-4 text-sm">
      <SearchX aria-hidden className="size-5 shrink-0 text-fg-muted" />
      <p>
        {t('missing.none.before')} <code className="font-mono text-xs break-all">{id}</code>{' '}
        {t('missing.none.after', { n: held })}
      </p>
    </div>
  );
}
