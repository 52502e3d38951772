import type { ApiError } from '@/lib/api-client';
import { formatInteger } from '@/lib/format';

/** What went wrong and what to do about it, for the `sync-error` element. */
export function describeSyncError(error: ApiError | null): { problem: string; action: string } {
  if (!error) return { problem: 'The sync stopped.', action: 'Retry to continue where it stopped.' };
  const detail = error.message ? ` (${error.message})` : '';
  if (error.kind === 'network') {
    return {
      problem: `Could not reach the dashboard server${detail}.`,
      action: 'Check your connection, then Retry to continue where it stopped.',
    };
  }
  if (error.kind === 'malformed') {
    return {
      problem: `The Cekat API sent an answer the dashboard cannot read${detail}.`,
      action: 'Retry in a moment; if it persists, check that CEKAT_API_BASE_URL points at the Cekat API.',
    };
  }
  if (error.status === 401 || error.status === 403) {
    return {
      problem: `The Cekat API refused the API key (HTTP ${error.status}${error.message ? `: ${error.message}` : ''}).`,
      action: 'Check CEKAT_API_KEY on the dashboard server, restart it, then Retry.',
    };
  }
  if (error.status === 404) {
    return {
      problem: `The Cekat API has no orders endpoint at this address (HTTP 404${detail}).`,
      action: 'Check CEKAT_API_BASE_URL on the dashboard server, then Retry.',
    };
  }
  if (error.status >= 500) {
    return {
      problem: `The Cekat API is failing (HTTP ${error.status}${error.message ? `: ${error.message}` : ''}).`,
      action: 'Orders already loaded are kept. Retry in a moment to continue where it stopped.',
    };
  }
  return {
    problem: `The Cekat API answered HTTP ${error.status}${detail}.`,
    action: 'Retry to continue where it stopped.',
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
    `${formatInteger(p.ordersLoaded)} ${p.refreshing ? 'checked' : p.ordersLoaded === 1 ? 'order' : 'orders'}`,
    `${formatInteger(p.pagesLoaded)} ${p.pagesLoaded === 1 ? 'page' : 'pages'}`,
  ];
  if (seconds >= 1) parts.push(`${formatInteger(p.ordersLoaded / seconds)}/s`, formatDuration(seconds));
  if (p.repairing) parts.unshift('Re-checking orders that moved during the sync…');
  return parts.join(' · ');
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Whole seconds left until `until`, at least 1 while waiting. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

export function describeChange(change: { added: number; changed: number } | null): string | null {
  if (!change) return null;
  if (change.added === 0 && change.changed === 0) return 'no changes';
  return `${formatInteger(change.added)} new, ${formatInteger(change.changed)} changed`;
}
