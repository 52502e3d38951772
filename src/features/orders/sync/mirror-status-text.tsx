import { skipToken, useQuery } from '@tanstack/react-query';
import { formatDateTime, formatInteger } from '@/lib/format';
import { t } from '@/i18n/i18n';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { describeChange, secondsLeft } from './describe-sync';
import type { MirrorState } from './mirror-replica';
import { describeFreshness, describeMirrorProgress } from './mirror-words';
import { ordersKeys } from './orders-keys';
import type { OrdersData } from './use-orders';
import { useTickingNow } from './use-ticking-now';

/** The server mirror's status and this browser's cursor, as the replica last heard them. */
export function useMirrorState(): MirrorState | undefined {
  return useQuery<MirrorState>({ queryKey: ordersKeys.mirror(), queryFn: skipToken }).data;
}

/** The sync line with the mirror on: progress while catching up, then how fresh the figures are. */
export function MirrorStatusText({ data }: { data: OrdersData }) {
  const mirror = useMirrorState();
  const timeZone = useStoreTimeZone();
  const now = useTickingNow(true, data.status === 'loading' ? 1000 : 5000);
  const count = data.orders.length;
  const held = t('orders.count', { count, n: formatInteger(count) });
  const waiting = mirror?.status.waitingUntil ?? null;
  const wait =
    waiting !== null && waiting > now
      ? ` · ${t('mirror.waiting', { s: formatInteger(secondsLeft(waiting, now)) })}`
      : '';
  if (data.refreshing) return <>{`${held} · ${t('mirror.refreshing')}`}</>;
  if (data.status === 'loading')
    return <>{describeMirrorProgress(data.ordersLoaded, mirror?.status ?? null) + wait}</>;
  const freshness = mirror ? describeFreshness(mirror.status, now) : null;
  // "No changes" to nothing loaded says nothing (and reads as all being well beside an error).
  const change = count > 0 ? describeChange(data.lastChange) : null;
  const checked = mirror?.status.headCheckedAt ?? null;
  return (
    <span title={checked !== null ? formatDateTime(checked, timeZone) : undefined}>
      {[held, change, freshness].filter(Boolean).join(' · ') + wait}
    </span>
  );
}
