import type { Order } from '../api/order-schema';
import type { PagingSession } from '../../../../core/sync/paging-engine';
import type { ApiError } from '@/lib/api-client';
import type { MirrorError } from '../../../../core/mirror/protocol';

/** What the sync query holds: the orders on screen plus the progress of the sync behind them. */
export type SyncSnapshot = {
  orders: readonly Order[];
  pagesLoaded: number;
  /** Distinct orders the running sync has loaded (during a refresh, not yet the ones on screen). */
  ordersLoaded: number;
  requests: number;
  rateLimited: number;
  startedAt: number | null;
  finishedAt: number | null;
  waitingUntil: number | null;
  lastSyncedAt: number | null;
  /** After a refresh: how many orders were new or changed. */
  lastChange: { added: number; changed: number } | null;
  /** True while a refresh runs behind the orders of the previous sync. */
  refreshing: boolean;
  complete: boolean;
  newestFirst: boolean;
  /** How the last finished sync read the upstream: everything, or only the new pages up to already-held ones. */
  lastCheck: 'full' | 'newest' | null;
  /** When the orders were last read completely. */
  fullAt: number | null;
  /** With the mirror: what stopped the replica from following it (the held orders are kept); worded at render. */
  mirrorFailure: ApiError | MirrorError | null;
};

export type SyncProgress = ReturnType<typeof progressOf> & { refreshing: boolean };

export function progressOf(session: PagingSession) {
  return {
    pagesLoaded: session.pagesLoaded,
    ordersLoaded: session.collection.size,
    requests: session.requests,
    rateLimited: session.rateLimited,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    waitingUntil: session.waitingUntil,
    newestFirst: session.newestFirst,
    repairing: session.repairing,
  };
}

export function emptySnapshot(): SyncSnapshot {
  return {
    orders: [],
    pagesLoaded: 0,
    ordersLoaded: 0,
    requests: 0,
    rateLimited: 0,
    startedAt: null,
    finishedAt: null,
    waitingUntil: null,
    lastSyncedAt: null,
    lastChange: null,
    refreshing: false,
    complete: false,
    newestFirst: true,
    lastCheck: null,
    fullAt: null,
    mirrorFailure: null,
  };
}

/** A revalidation's pages (newest, latest copies) ahead of the held orders they did not bring again. */
export function newestFirstMerge(read: readonly Order[], held: readonly Order[]): readonly Order[] {
  if (read.length === 0) return held;
  const seen = new Set(read.map((o) => o.id));
  const merged = read.slice();
  for (const order of held) if (!seen.has(order.id)) merged.push(order);
  return merged;
}
