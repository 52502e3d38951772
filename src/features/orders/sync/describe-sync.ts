import type { ApiError } from '@/lib/api-client';
import { t } from '@/i18n/i18n';
import { formatInteger } from '@/lib/format';

/** What went wrong and what to do about it, for the `sync-error` element. */
export function describeSyncError(error: ApiError | null): { problem: string; action: string } {
  if (!error) return { problem: t('sync.error.stopped'), action: t('sync.action.retry') };
  const detail = error.message ? ` (${error.message})` : '';
  if (error.kind === 'network') {
    return {
      problem: t('sync.error.network', { detail }),
      action: t('sync.action.network'),
    };
  }
  if (error.kind === 'malformed') {
    return {
      problem: t('sync.error.malformed', { detail }),
      action: t('sync.action.malformed'),
    };
  }
  if (error.status === 401 || error.status === 403) {
    return {
      problem: t('sync.error.refused', {
        status: error.status,
        message: error.message ? `: ${error.message}` : '',
      }),
      action: t('sync.action.key'),
    };
  }
  if (error.status === 404) {
    return {
      problem: t('sync.error.not_found', { detail }),
      action: t('sync.action.base_url'),
    };
  }
  if (error.status >= 500) {
    return {
      problem: t('sync.error.failing', {
        status: error.status,
        message: error.message ? `: ${error.message}` : '',
      }),
      action: t('sync.action.failing'),
    };
  }
  return {
    problem: t('sync.error.http', { status: error.status, detail }),
    action: t('sync.action.retry'),
  };
}

export type ProgressInput = {
  ordersLoaded: number;
  pagesLoaded: number;
  startedAt: number | null;
  refreshing: boolean;
  /** Re-reading pages because orders arrived while pages were in flight. */
  repairing?: boolean;
};

/** "12.300 orders · 123 pages · 1.230/s · 10 s": counts and rate only, never a guessed percentage. */
export function describeProgress(p: ProgressInput, now: number): string {
  const seconds = p.startedAt === null ? 0 : Math.max(0, (now - p.startedAt) / 1000);
  const parts = [
    p.refreshing
      ? t('sync.checked', { n: formatInteger(p.ordersLoaded) })
      : t('orders.count', { count: p.ordersLoaded, n: formatInteger(p.ordersLoaded) }),
    t('sync.pages', { count: p.pagesLoaded, n: formatInteger(p.pagesLoaded) }),
  ];
  if (seconds >= 1) parts.push(`${formatInteger(p.ordersLoaded / seconds)}/s`, formatDuration(seconds));
  if (p.repairing) parts.unshift(t('sync.repairing'));
  return parts.join(' · ');
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return t('duration.seconds', { s });
  return t('duration.minutes', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
}

/** Whole seconds left until `until`, at least 1 while waiting. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

export function describeChange(change: { added: number; changed: number } | null): string | null {
  if (!change) return null;
  if (change.added === 0 && change.changed === 0) return t('sync.no_changes');
  return t('sync.changes', { added: formatInteger(change.added), changed: formatInteger(change.changed) });
}
