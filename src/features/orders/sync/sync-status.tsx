import { AlertTriangle, Hourglass, LoaderCircle, RefreshCw, RotateCcw } from 'lucide-react';
import { useCallback } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { formatDateTime, formatInteger, formatRelative } from '@/lib/format';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { describeChange, describeProgress, secondsLeft } from './describe-sync';
import { MirrorStatusText } from './mirror-status-text';
import { SyncSettingsMenu } from './sync-settings-menu';
import { useSyncSettings } from './sync-settings';
import { useMirrorLive } from './use-mirror-live';
import { useOrders, useOrdersMode, type OrdersData } from './use-orders';
import type { SyncProgress } from './sync-snapshot';
import { useSyncProgress } from './use-sync-progress';
import { useAutoRefresh, useTickingNow } from './use-ticking-now';

/** The sync bar in the header: the `orders-sync` landmark, progress, errors, Retry/Refresh and settings. */
export function SyncStatus() {
  const data = useOrders();
  const progress = useSyncProgress();
  const { autoRefreshMinutes } = useSyncSettings();
  const loading = data.status === 'loading';
  const now = useTickingNow(true, loading ? 1000 : 30_000);
  const { sync } = data;
  const mode = useOrdersMode();
  const mirror = mode === 'mirror';
  const refresh = useCallback(() => sync.refresh(), [sync]);
  const fullResync = useCallback(() => sync.fullResync(), [sync]);
  // The mirror pushes its changes: automatic refreshes are for the page-by-page sync only.
  useAutoRefresh(mirror ? 0 : autoRefreshMinutes, data.status === 'done', refresh);
  useMirrorLive(sync.mode?.kind === 'mirror' ? sync.mode.replica : null);

  return (
    <div
      data-testid="orders-sync"
      data-state={data.status}
      data-count={data.orders.length}
      className="flex min-w-0 flex-1 flex-wrap items-center justify-end gap-x-2 gap-y-1 text-sm max-sm:text-xs"
    >
      {/* The text wraps inside its own box, so the buttons stay beside it on a phone and a laptop alike. */}
      <div
        className="flex min-w-0 flex-1 basis-0 items-center gap-1.5 text-fg-muted sm:justify-end sm:text-right"
        role="status"
      >
        {data.status === 'error' ? (
          <AlertTriangle className="size-4 shrink-0 text-danger" aria-hidden />
        ) : loading && progress?.waitingUntil ? (
          <Hourglass className="size-4 shrink-0 text-warning" aria-hidden />
        ) : loading ? (
          <LoaderCircle
            className="size-4 shrink-0 animate-spin text-accent motion-reduce:animate-none"
            aria-hidden
          />
        ) : null}
        <span className="tabular">
          {mirror ? (
            <MirrorStatusText data={data} />
          ) : (
            <StatusText data={data} progress={progress} now={now} />
          )}
        </span>
      </div>
      {data.problem && (
        <p
          data-testid="sync-error"
          role="alert"
          className="basis-full text-danger sm:order-last sm:text-right"
        >
          {data.problem.problem} {data.problem.action}
        </p>
      )}
      <div className="flex shrink-0 items-center gap-1">
        {data.status === 'error' && (
          <Button size="sm" variant="primary" onClick={data.retry}>
            <RotateCcw className="size-4" aria-hidden />
            {t('sync.retry')}
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          onClick={refresh}
          disabled={loading}
          aria-busy={data.refreshing}
          title={t(mirror ? 'mirror.refresh_hint' : 'sync.refresh_hint')}
        >
          <RefreshCw
            className={cn('size-4', data.refreshing && 'animate-spin motion-reduce:animate-none')}
            aria-hidden
          />
          {/* On a phone the icon alone keeps the sync line and its buttons on one row. */}
          <span className="max-sm:sr-only">{t('sync.refresh')}</span>
        </Button>
        <SyncSettingsMenu
          mirror={mirror}
          onClear={() => sync.clearLocalData()}
          onFullResync={fullResync}
          busy={loading}
        />
      </div>
    </div>
  );
}

type StatusTextProps = { data: OrdersData; progress: SyncProgress | undefined; now: number };

function StatusText({ data, progress, now }: StatusTextProps) {
  const timeZone = useStoreTimeZone();
  const held = t('orders.count', { count: data.orders.length, n: formatInteger(data.orders.length) });
  if (data.status === 'loading') {
    if (progress?.waitingUntil) {
      return (
        <>
          {held} · {t('sync.waiting', { s: secondsLeft(progress.waitingUntil, now) })}
        </>
      );
    }
    if (!progress || progress.startedAt === null || progress.finishedAt !== null) {
      return <>{data.orders.length > 0 ? `${held} · ${t('sync.checking')}` : t('sync.loading')}</>;
    }
    return (
      <>
        {progress.refreshing ? t('sync.refreshing') : t('sync.syncing')} · {describeProgress(progress, now)}
      </>
    );
  }
  if (data.status === 'error')
    return (
      <>
        {held} · {t('sync.stopped')}
      </>
    );
  const change = describeChange(data.lastChange);
  return (
    <>
      {held}
      {data.lastSyncedAt !== null && (
        <>
          {` · ${t('sync.synced')} `}
          <time
            dateTime={new Date(data.lastSyncedAt).toISOString()}
            title={formatDateTime(data.lastSyncedAt, timeZone)}
          >
            {formatRelative(data.lastSyncedAt, Math.max(now, data.lastSyncedAt))}
          </time>
        </>
      )}
      {change && ` · ${change}`}
      {data.lastCheck === 'newest' && ` (${t('sync.newest_checked')})`}
    </>
  );
}
