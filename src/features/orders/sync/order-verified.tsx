import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/lib/format';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { getMirrorOrder } from './mirror-api';
import { useMirrorState } from './mirror-status-text';
import { describeVerified } from './mirror-words';
import { ordersKeys } from './orders-keys';
import { useOrdersMode } from './use-orders';
import { useTickingNow } from './use-ticking-now';

/** The drawer's "last verified with Cekat" line (mirror mode only), asked again whenever the mirror moves. */
export function OrderVerified({ id }: { id: string }) {
  const mirror = useOrdersMode() === 'mirror';
  const timeZone = useStoreTimeZone();
  const cursor = useMirrorState()?.cursor ?? 0;
  const now = useTickingNow(mirror, 30_000);
  const query = useQuery({
    queryKey: [...ordersKeys.all, 'verified', id, cursor],
    queryFn: ({ signal }) => getMirrorOrder(id, signal),
    enabled: mirror,
    gcTime: 60_000,
    // The same order's last answer stays on screen while the next one is asked, never another order's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
  if (!mirror || !query.data) return null;
  const { verifiedAt } = query.data;
  return (
    <p data-testid="order-verified" className="text-xs text-fg-muted">
      <time
        dateTime={verifiedAt !== null ? new Date(verifiedAt).toISOString() : undefined}
        title={verifiedAt !== null ? formatDateTime(verifiedAt, timeZone) : undefined}
      >
        {describeVerified(verifiedAt, now)}
      </time>
    </p>
  );
}
