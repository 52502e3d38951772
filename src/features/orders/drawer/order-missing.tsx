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
          Looking for order <code className="font-mono text-xs break-all">{id}</code>… it is not among the{' '}
          {held} orders loaded so far. It will open here as soon as the sync reaches it.
        </p>
      </div>
    );
  }
  if (data.status === 'error') {
    return (
      <div role="alert" className="flex gap-3 p-4 text-sm">
        <TriangleAlert aria-hidden className="size-5 shrink-0 text-danger" />
        <p>
          Order <code className="font-mono text-xs break-all">{id}</code> is not among the {held} orders
          loaded, and loading stopped: {data.error?.message ?? 'the sync failed'}. Retry the sync, then try
          this link again.
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="flex gap-3 p-4 text-sm">
      <SearchX aria-hidden className="size-5 shrink-0 text-fg-muted" />
      <p>
        No order with id <code className="font-mono text-xs break-all">{id}</code> among all {held} orders.
        The link may be wrong, or the order may have been removed upstream.
      </p>
    </div>
  );
}
