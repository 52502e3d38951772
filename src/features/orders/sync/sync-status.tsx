import { formatInteger } from '@/lib/format';
import { useOrders } from './use-orders';

/** The `orders-sync` landmark: what is held and whether the sync is still going. */
export function SyncStatus() {
  const data = useOrders();
  return (
    <div
      data-testid="orders-sync"
      data-state={data.status}
      data-count={data.orders.length}
      role="status"
      className="flex items-center gap-2 text-sm text-fg-muted"
    >
      {data.status === 'loading' && <span>Loading orders…</span>}
      {data.status === 'done' && <span>{formatInteger(data.orders.length)} orders</span>}
      {data.status === 'error' && (
        <span data-testid="sync-error" className="text-danger">
          {data.error?.message ?? 'Sync failed'}
        </span>
      )}
    </div>
  );
}
