import type { QueryClient, QueryFunctionContext } from '@tanstack/react-query';
import type { Order } from '../api/order-schema';
import { diffOrders } from '../../../../core/sync/order-collection';
import { orderIndex } from './order-index';
import { ORDERS_CHUNK, type OrdersStorage, type StoredInfo, type StoredOrders } from './orders-storage';
import { ordersKeys } from './orders-keys';
import { withEarlyFirstPage } from './early-first-page';
import { PagingSession, type EngineDeps, type PageEvent } from '../../../../core/sync/paging-engine';
import { getSyncSettings, sinceCutoff, subscribeSyncSettings } from './sync-settings';
import { emptySnapshot, newestFirstMerge, progressOf, type SyncSnapshot } from './sync-snapshot';

export type OrdersSyncDeps = {
  engine: EngineDeps;
  storage: OrdersStorage;
  batchMs?: number;
  /** Least time between two publications of the sync's counters (default 150 ms). */
  progressMs?: number;
};

/** Past this age a refresh re-reads everything, so status changes on older orders come in at least daily. */
export const FULL_RESYNC_AFTER_MS = 12 * 3600e3;

const PROGRESS_EVERY_MS = 150;

/**
 * Runs the paging engine as the query function of the one orders query, so every `useOrders()` observes the
 * same sync. Streams batched snapshots into the cache; a refresh swaps in its result only once finished.
 */
export class OrdersSync {
  #session: PagingSession | null = null;
  #replace = false;
  #fresh = false;
  #full = false;
  #restored = false;
  #storedUpstream: string | null = null;
  #newestFirst = false;
  #fullAt: number | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #progressTimer: ReturnType<typeof setTimeout> | null = null;
  #lastProgress = 0;
  #lastWaiting: number | null = null;
  #lastFlush = 0;
  #flushedCount = 0;
  #savedChunks = 0;
  #writes: Promise<void> = Promise.resolve();
  #generation = 0;
  readonly #client: QueryClient;
  readonly #deps: OrdersSyncDeps;

  constructor(client: QueryClient, deps: OrdersSyncDeps) {
    this.#client = client;
    this.#deps = deps;
    subscribeSyncSettings(() => this.setSince(sinceCutoff(getSyncSettings().sinceDays)));
  }

  readonly queryFn = async ({ signal }: QueryFunctionContext): Promise<SyncSnapshot> => {
    // A new sync always starts with page 1: ask for it while the stored orders are still being read.
    const engine = this.#continues() ? this.#deps.engine : withEarlyFirstPage(this.#deps.engine, signal);
    await this.#restore();
    const session = this.#sessionForRun();
    const generation = this.#generation;
    try {
      await session.run(engine, signal, (event) => this.#onUpdate(session, event));
    } finally {
      this.#cancelFlush();
      this.#cancelProgress();
      if (this.#session === session && generation === this.#generation) {
        this.#flush(session);
        this.#publishProgress(session, true);
      }
    }
    return this.#finish(session, generation);
  };

  /**
   * Starts a new sync (keeping the current orders on screen until it finishes); a running one continues. It
   * reads new pages only, up to the first page of held, unchanged orders, when that is known to be safe.
   */
  refresh(): void {
    if (this.#client.isFetching({ queryKey: ordersKeys.sync() }) > 0) return;
    this.#fresh = true;
    void this.#client.refetchQueries({ queryKey: ordersKeys.sync() });
  }

  /** A refresh that re-reads every page: the only way to see status changes on older orders at once. */
  fullResync(): void {
    if (this.#client.isFetching({ queryKey: ordersKeys.sync() }) > 0) return;
    this.#full = true;
    this.refresh();
  }

  /** Retries after an error: the same session resumes where it stopped. */
  retry(): void {
    void this.#client.refetchQueries({ queryKey: ordersKeys.sync() });
  }

  /** A wider window continues paging where an early stop left off; a narrower one only filters. */
  setSince(sinceMs: number | null): void {
    const session = this.#session;
    if (!session) return;
    session.widen(sinceMs);
    if (!session.done && this.#client.isFetching({ queryKey: ordersKeys.sync() }) === 0) this.retry();
  }

  async clearLocalData(): Promise<void> {
    this.#generation++;
    this.#session = null;
    this.#storedUpstream = null;
    this.#fullAt = null;
    await this.#writes;
    await this.#deps.storage.clear();
    await this.#client.resetQueries({ queryKey: ordersKeys.sync() });
  }

  #current(): SyncSnapshot | undefined {
    return this.#client.getQueryData<SyncSnapshot>(ordersKeys.sync());
  }

  async #restore(): Promise<void> {
    if (this.#restored) return;
    this.#restored = true;
    let head: readonly Order[] | null = null;
    const show = (stored: StoredOrders) =>
      this.#client.setQueryData<SyncSnapshot>(ordersKeys.sync(), {
        ...emptySnapshot(),
        orders: stored.orders,
        lastSyncedAt: stored.syncedAt,
        fullAt: stored.fullAt ?? null,
        complete: true,
      });
    const stored = await this.#deps.storage
      .load((first) => {
        if (this.#current()) return;
        head = first.orders;
        show(first);
      })
      .catch(() => null);
    const current = this.#current();
    if (current && current.orders !== head) return;
    if (!stored) {
      if (current) this.#client.setQueryData(ordersKeys.sync(), emptySnapshot());
      return;
    }
    this.#storedUpstream = stored.upstreamId;
    this.#newestFirst = stored.newestFirst ?? false;
    this.#fullAt = stored.fullAt ?? null;
    show(stored);
  }

  /** True when the next run resumes the current session rather than starting a new one. */
  #continues(): boolean {
    return this.#session !== null && !this.#session.done && !this.#fresh;
  }

  #sessionForRun(): PagingSession {
    if (this.#continues()) return this.#session!;
    this.#fresh = false;
    const held = this.#current()?.orders ?? [];
    this.#replace = held.length > 0;
    this.#savedChunks = 0;
    this.#flushedCount = 0;
    const recent = this.#fullAt !== null && Date.now() - this.#fullAt < FULL_RESYNC_AFTER_MS;
    const incremental = this.#replace && !this.#full && recent && this.#newestFirst && this.#storedUpstream;
    this.#full = false;
    this.#session = new PagingSession({
      sinceMs: sinceCutoff(getSyncSettings().sinceDays),
      endHint: held.length > 0 ? held.length : null,
      known: incremental ? { upstreamId: this.#storedUpstream!, byId: orderIndex(held) } : null,
    });
    return this.#session;
  }

  #onUpdate(session: PagingSession, event: PageEvent | null): void {
    if (session !== this.#session) return;
    if (event && this.#replace && this.#storedUpstream && event.upstreamId !== this.#storedUpstream) {
      // Another upstream answers now: the stored orders are not its orders, so stop showing them.
      this.#replace = false;
      this.#storedUpstream = null;
    }
    const wholeChunks = Math.floor(session.collection.size / ORDERS_CHUNK);
    if (event && !this.#replace && wholeChunks > this.#savedChunks) {
      // Each whole chunk is stored as soon as it is complete, so the end stores little and a reload right
      // after a sync finds it complete (saving later, or when idle, let a reload soon after 'done' find
      // only a partial list, and re-read everything).
      this.#savedChunks = wholeChunks;
      const upTo = wholeChunks * ORDERS_CHUNK;
      this.#persist(session, session.collection.snapshot().slice(0, upTo), null);
    }
    this.#publishProgress(session);
    const first = session.pagesLoaded === 1 && event !== null;
    // Every swap re-renders the table and charts over all held orders: swap when the count grows fourfold, or on a
    // timer that slows as the list grows, so rendering stays a small share of the sync.
    const grown = session.collection.size - this.#flushedCount >= Math.max(100, 3 * this.#flushedCount);
    const wait = this.#deps.batchMs ?? Math.min(4000, Math.max(1000, this.#flushedCount / 10));
    if (first || (event && grown && Date.now() - this.#lastFlush >= 200)) return this.#flush(session);
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      if (session === this.#session) this.#flush(session);
    }, wait);
  }

  #flush(session: PagingSession): void {
    this.#cancelFlush();
    this.#lastFlush = Date.now();
    this.#flushedCount = session.collection.size;
    const current = this.#current() ?? emptySnapshot();
    this.#client.setQueryData<SyncSnapshot>(ordersKeys.sync(), {
      ...current,
      orders: this.#replace ? current.orders : session.collection.snapshot(),
      ...progressOf(session),
      refreshing: this.#replace,
      complete: this.#replace ? current.complete : false,
    });
  }

  /**
   * The counters change on every page; the status line shows them at most every `progressMs` (a page at a
   * time would re-render it hundreds of times a second, and a live region should not chatter). A change of
   * waiting state shows at once.
   */
  #publishProgress(session: PagingSession, now = false): void {
    const waitingChanged = session.waitingUntil !== this.#lastWaiting;
    const every = this.#deps.progressMs ?? PROGRESS_EVERY_MS;
    const publish = () => {
      this.#cancelProgress();
      this.#lastProgress = Date.now();
      this.#lastWaiting = session.waitingUntil;
      this.#client.setQueryData(ordersKeys.progress(), { ...progressOf(session), refreshing: this.#replace });
    };
    if (now || waitingChanged || Date.now() - this.#lastProgress >= every) return publish();
    this.#progressTimer ??= setTimeout(() => {
      this.#progressTimer = null;
      if (session === this.#session) publish();
    }, every);
  }

  #cancelProgress(): void {
    if (this.#progressTimer !== null) clearTimeout(this.#progressTimer);
    this.#progressTimer = null;
  }

  #cancelFlush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #finish(session: PagingSession, generation: number): SyncSnapshot {
    const current = this.#current() ?? emptySnapshot();
    if (generation !== this.#generation) return current;
    const read = session.collection.snapshot();
    const incremental = session.endReason === 'known';
    const orders = incremental ? newestFirstMerge(read, current.orders) : read;
    const lastChange = this.#replace ? diffOrders(orderIndex(current.orders), read) : null;
    const finishedAt = session.finishedAt ?? Date.now();
    if (!incremental) {
      this.#fullAt = finishedAt;
      this.#newestFirst = session.newestFirst;
    }
    const unchanged = incremental && lastChange !== null && lastChange.added + lastChange.changed === 0;
    const dirty = session.collection.takeDirtyFrom() ?? orders.length;
    // Mid-sync saves wrote whole chunks only: the last, partial one is still to write.
    const from = unchanged
      ? orders.length
      : this.#replace
        ? 0
        : Math.min(dirty, this.#savedChunks * ORDERS_CHUNK);
    this.#persist(session, orders, from, finishedAt);
    this.#replace = false;
    this.#storedUpstream = session.upstreamId;
    this.#client.setQueryData(ordersKeys.progress(), {
      ...progressOf(session),
      refreshing: false,
      waitingUntil: null,
    });
    return {
      ...progressOf(session),
      orders,
      lastSyncedAt: finishedAt,
      lastChange,
      refreshing: false,
      complete: true,
      waitingUntil: null,
      lastCheck: incremental ? 'newest' : 'full',
      fullAt: this.#fullAt,
      mirrorFailure: null,
    };
  }

  /** Mid-sync (`syncedAt` null) the stored list is marked partial, so a reload never revalidates against it. */
  #persist(
    session: PagingSession,
    orders: readonly Order[],
    from: number | null,
    syncedAt: number | null = null,
  ): void {
    const upstreamId = session.upstreamId;
    const start = from ?? session.collection.takeDirtyFrom();
    if (upstreamId === null || start === null) return;
    const info: StoredInfo =
      syncedAt === null
        ? { syncedAt, fullAt: null, newestFirst: false }
        : { syncedAt, fullAt: this.#fullAt, newestFirst: this.#newestFirst };
    const generation = this.#generation;
    this.#writes = this.#writes
      .then(() =>
        generation === this.#generation
          ? this.#deps.storage.save(upstreamId, orders, start, info)
          : undefined,
      )
      .catch(() => undefined);
  }
}
