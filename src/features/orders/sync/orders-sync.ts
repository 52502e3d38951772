import type { QueryClient, QueryFunctionContext } from '@tanstack/react-query';
import type { Order } from '../api/order-schema';
import { diffOrders } from './order-collection';
import type { OrdersStorage } from './orders-storage';
import { ordersKeys } from './orders-keys';
import { PagingSession, type EngineDeps, type PageEvent } from './paging-engine';
import { getSyncSettings, sinceCutoff, subscribeSyncSettings } from './sync-settings';

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
};

export type OrdersSyncDeps = { engine: EngineDeps; storage: OrdersStorage; batchMs?: number };

const PERSIST_EVERY_PAGES = 25;

/**
 * Runs the paging engine as the query function of the one orders query, so every `useOrders()` observes the
 * same sync. Streams batched snapshots into the cache; a refresh swaps in its result only once finished.
 */
export class OrdersSync {
  #session: PagingSession | null = null;
  #replace = false;
  #fresh = false;
  #restored = false;
  #storedUpstream: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastFlush = 0;
  #flushedCount = 0;
  #pagesSinceSave = 0;
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
    await this.#restore();
    const session = this.#sessionForRun();
    const generation = this.#generation;
    try {
      await session.run(this.#deps.engine, signal, (event) => this.#onUpdate(session, event));
    } finally {
      this.#cancelFlush();
      if (this.#session === session && generation === this.#generation) this.#flush(session);
    }
    return this.#finish(session, generation);
  };

  /** Starts a new sync (keeping the current orders on screen until it finishes); a running one continues. */
  refresh(): void {
    if (this.#client.isFetching({ queryKey: ordersKeys.sync() }) > 0) return;
    this.#fresh = true;
    void this.#client.refetchQueries({ queryKey: ordersKeys.sync() });
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
    const stored = await this.#deps.storage.load().catch(() => null);
    if (!stored || this.#current()) return;
    this.#storedUpstream = stored.upstreamId;
    this.#client.setQueryData<SyncSnapshot>(ordersKeys.sync(), {
      ...emptySnapshot(),
      orders: stored.orders,
      lastSyncedAt: stored.syncedAt,
      complete: true,
    });
  }

  #sessionForRun(): PagingSession {
    if (this.#session && !this.#session.done && !this.#fresh) return this.#session;
    this.#fresh = false;
    this.#replace = (this.#current()?.orders.length ?? 0) > 0;
    this.#pagesSinceSave = 0;
    this.#flushedCount = 0;
    this.#session = new PagingSession({ sinceMs: sinceCutoff(getSyncSettings().sinceDays) });
    return this.#session;
  }

  #onUpdate(session: PagingSession, event: PageEvent | null): void {
    if (session !== this.#session) return;
    if (event && this.#replace && this.#storedUpstream && event.upstreamId !== this.#storedUpstream) {
      // Another upstream answers now: the stored orders are not its orders, so stop showing them.
      this.#replace = false;
      this.#storedUpstream = null;
    }
    if (event && !this.#replace && ++this.#pagesSinceSave >= PERSIST_EVERY_PAGES) {
      this.#pagesSinceSave = 0;
      this.#persist(session, null);
    }
    this.#client.setQueryData(ordersKeys.progress(), { ...progressOf(session), refreshing: this.#replace });
    const first = session.pagesLoaded === 1 && event !== null;
    const grown = session.collection.size - this.#flushedCount >= Math.max(100, this.#flushedCount / 2);
    const wait = this.#deps.batchMs ?? 2000;
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

  #cancelFlush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #finish(session: PagingSession, generation: number): SyncSnapshot {
    const current = this.#current() ?? emptySnapshot();
    if (generation !== this.#generation) return current;
    const orders = session.collection.snapshot();
    const lastChange = this.#replace
      ? diffOrders(new Map(current.orders.map((o) => [o.id, o])), orders)
      : null;
    const finishedAt = session.finishedAt ?? Date.now();
    if (this.#replace) session.collection.takeDirtyFrom();
    this.#persist(session, this.#replace ? 0 : null, finishedAt);
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
    };
  }

  #persist(session: PagingSession, from: number | null, syncedAt: number | null = null): void {
    const upstreamId = session.upstreamId;
    const start = from ?? session.collection.takeDirtyFrom();
    if (upstreamId === null || start === null) return;
    const orders = session.collection.snapshot();
    const generation = this.#generation;
    this.#writes = this.#writes
      .then(() =>
        generation === this.#generation
          ? this.#deps.storage.save(upstreamId, orders, start, syncedAt)
          : undefined,
      )
      .catch(() => undefined);
  }
}

export type SyncProgress = ReturnType<typeof progressOf> & { refreshing: boolean };

function progressOf(session: PagingSession) {
  return {
    pagesLoaded: session.pagesLoaded,
    ordersLoaded: session.collection.size,
    requests: session.requests,
    rateLimited: session.rateLimited,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    waitingUntil: session.waitingUntil,
    newestFirst: session.newestFirst,
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
  };
}
