import type { QueryClient } from '@tanstack/react-query';
import type {
  MirrorChanges,
  MirrorEvent,
  MirrorRefreshed,
  MirrorStatus,
} from '../../../../core/mirror/protocol';
import { afterNextPaint } from '@/lib/after-next-paint';
import { ApiError } from '@/lib/api-client';
import { parseOrdersPage, type Order } from '../api/order-schema';
import type { OrdersStorage, StoredOrders } from './orders-storage';
import { ordersKeys } from './orders-keys';
import { HeldOrders, replicaComplete, sameMirror, type ReplicaMark } from './replica-rules';
import { emptySnapshot, type SyncSnapshot } from './sync-snapshot';

/** The mirror's routes the replica uses (the real ones in `mirror-api.ts`, a fake in tests). */
export type MirrorApi = {
  changes(since: number, signal?: AbortSignal): Promise<MirrorChanges>;
  refresh(signal?: AbortSignal): Promise<MirrorRefreshed>;
};

export type MirrorReplicaDeps = { api: MirrorApi; storage: OrdersStorage; now?: () => number };

/** What the header reads about the mirror: its status and how far this browser has caught up. */
export type MirrorState = { status: MirrorStatus; cursor: number; latest: number };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('network', 0, String(error));
}

/**
 * The browser's replica of the server's mirror: IndexedDB holds the orders and the cursor, every view reads
 * them from the one orders query. It pulls `changes` since its cursor at start, on every `cursor` event,
 * on reconnect and after a Refresh; pulls never overlap, and a failure keeps what is held.
 */
export class MirrorReplica {
  #held = new HeldOrders();
  /** The orders every view last got: mid catch-up they lag the held ones, so 100,000 render a few times, not 6. */
  #shown: readonly Order[] = [];
  /** Applied changes not yet written to IndexedDB: a pull writes once, when it ends. */
  #unsaved = false;
  #mark: ReplicaMark | null = null;
  #latest = 0;
  #status: MirrorStatus | null = null;
  #failure: ApiError | null = null;
  #restored = false;
  #pulling: Promise<void> | null = null;
  #refreshing: { added: number; changed: number } | null = null;
  #lastChange: { added: number; changed: number } | null = null;
  #pulledAt: number | null = null;
  #writes: Promise<void> = Promise.resolve();
  #generation = 0;
  readonly #client: QueryClient;
  readonly #deps: MirrorReplicaDeps;

  constructor(client: QueryClient, deps: MirrorReplicaDeps) {
    this.#client = client;
    this.#deps = deps;
  }

  readonly queryFn = async (): Promise<SyncSnapshot> => {
    await this.#catchUp();
    return this.#snapshot();
  };

  /**
   * Asks for the changes since the cursor until none are left. Pulls never overlap: a call while one runs
   * joins it, and a target that arrives too late for it starts one more when it ends.
   */
  pull(): Promise<void> {
    this.#pulling ??= this.#pullLoop()
      .then(() => void (this.#failure = null))
      .catch((error: unknown) => void (this.#failure = asApiError(error)))
      .finally(() => {
        this.#pulling = null;
        this.#publish();
        if (this.#unsaved && this.#mark) this.#persist(this.#mark);
        if (this.#behind() && this.#failure === null) void this.pull();
      });
    return this.#pulling;
  }

  /** A `cursor` event (one at every connect too): the mirror moved, or only its status changed. */
  onEvent(event: MirrorEvent): void {
    this.#status = event.status;
    const mark = this.#mark;
    if (!mark || !sameMirror(mark, event) || event.latest > mark.cursor) {
      this.#latest = Math.max(this.#latest, event.latest);
      void this.pull();
    }
    this.#publish();
  }

  /** Asks the mirror to check the head and open orders now, then pulls what that found. */
  async refresh(): Promise<void> {
    if (this.#refreshing) return;
    this.#refreshing = { added: 0, changed: 0 };
    this.#publish();
    try {
      const answer = await this.#deps.api.refresh();
      this.#status = answer.status;
      this.#latest = Math.max(this.#latest, answer.latest);
      await this.#catchUp();
      // Answered during a long rate-limit pause, the checks have not run yet: no "no changes" to say.
      const checked = answer.status.waitingUntil === null;
      if (this.#failure === null) this.#lastChange = checked ? this.#refreshing : null;
    } catch (error) {
      this.#failure = asApiError(error);
    } finally {
      this.#refreshing = null;
      this.#publish();
    }
  }

  async clearLocalData(): Promise<void> {
    this.#generation++;
    this.#held = new HeldOrders();
    this.#mark = null;
    this.#latest = 0;
    this.#lastChange = null;
    await this.#writes;
    await this.#deps.storage.clear();
    await this.#client.resetQueries({ queryKey: ordersKeys.sync() });
  }

  /** Pulls until the cursor reaches the latest change known (or a pull fails). */
  async #catchUp(): Promise<void> {
    do await this.pull();
    while (this.#behind() && this.#failure === null);
  }

  #behind(): boolean {
    return this.#mark !== null && this.#latest > this.#mark.cursor;
  }

  async #pullLoop(): Promise<void> {
    await this.#restore();
    const generation = this.#generation;
    for (;;) {
      const since = this.#mark?.cursor ?? 0;
      const answer = await this.#deps.api.changes(since);
      if (generation !== this.#generation) return;
      if (this.#mark && !sameMirror(this.#mark, answer)) {
        // Another mirror database or another shop: what is held is not its history.
        this.#drop();
        if (since !== 0) continue;
      }
      this.#apply(answer);
      if (answer.orders.length === 0 && answer.cursor <= since) {
        // Nothing past the cursor after all (a stale target): stop asking until the mirror moves again.
        this.#latest = answer.cursor;
        return;
      }
      if (!(answer.more || this.#latest > answer.cursor)) return;
    }
  }

  #drop(): void {
    this.#held = new HeldOrders();
    this.#mark = null;
    this.#latest = 0;
  }

  #apply(answer: MirrorChanges): void {
    const { orders } = parseOrdersPage({ data: { orders: answer.orders } }, 'mirror');
    const removed = this.#held.remove(answer.removed);
    const tally = this.#held.apply(orders);
    if (this.#refreshing) {
      this.#refreshing.added += tally.added;
      this.#refreshing.changed += tally.changed;
    }
    const moved = this.#mark?.cursor !== answer.cursor || orders.length > 0 || removed > 0;
    this.#mark = { upstreamId: answer.upstreamId, epoch: answer.epoch, cursor: answer.cursor };
    this.#latest = Math.max(this.#latest, answer.latest);
    this.#status = answer.status;
    this.#pulledAt = (this.#deps.now ?? Date.now)();
    // Nothing new (a reload with nothing changed): nothing to write.
    if (moved) this.#unsaved = true;
    // Mid catch-up every view re-renders over all held orders: swap them in when grown fourfold, and at the end.
    const last = !answer.more && this.#latest <= answer.cursor;
    this.#publish(last || this.#held.orders.length >= 4 * this.#shown.length);
  }

  /** Writes the changed chunks once the views have painted: copying 100,000 orders into IndexedDB takes a second. */
  #persist(mark: ReplicaMark): void {
    this.#unsaved = false;
    const orders = this.#held.orders;
    const chunks = this.#held.takeDirtyChunks();
    const generation = this.#generation;
    const info = {
      syncedAt: this.#pulledAt,
      fullAt: null,
      newestFirst: false,
      mirror: { epoch: mark.epoch, cursor: mark.cursor },
    };
    this.#writes = this.#writes
      .then(afterNextPaint)
      .then(() =>
        generation === this.#generation
          ? this.#deps.storage.saveChunks(mark.upstreamId, orders, chunks, info)
          : undefined,
      )
      .catch(() => undefined);
  }

  async #restore(): Promise<void> {
    if (this.#restored) return;
    this.#restored = true;
    const show = (stored: StoredOrders) => {
      if (!stored.mirror || this.#mark !== null) return;
      // Held until the rest is read, so a status event meanwhile publishes the head, not an empty list.
      this.#held = new HeldOrders(stored.orders);
      this.#publish();
    };
    const stored = await this.#deps.storage.load(show).catch(() => null);
    // A list written by the page-by-page sync has no cursor: start from 0.
    if (!stored?.mirror || this.#mark !== null) return;
    this.#held = new HeldOrders(stored.orders);
    this.#mark = { upstreamId: stored.upstreamId, ...stored.mirror };
    this.#pulledAt = stored.syncedAt;
    this.#publish();
  }

  #snapshot(): SyncSnapshot {
    const orders = this.#shown;
    const status = this.#status;
    const complete =
      status !== null && this.#mark !== null && replicaComplete(this.#mark.cursor, this.#latest, status);
    const failure = this.#failure ?? status?.error ?? null;
    return {
      ...emptySnapshot(),
      orders,
      ordersLoaded: this.#held.orders.length,
      complete,
      refreshing: this.#refreshing !== null,
      lastSyncedAt: this.#pulledAt,
      lastChange: this.#lastChange,
      mirrorFailure: failure,
    };
  }

  /** Writes the orders query (orders, done, problem) and, apart from it, the mirror's status for the header. */
  #publish(swap = true): void {
    if (swap) this.#shown = this.#held.orders;
    const next = this.#snapshot();
    const current = this.#client.getQueryData<SyncSnapshot>(ordersKeys.sync());
    if (!current || !sameSnapshot(current, next))
      this.#client.setQueryData<SyncSnapshot>(ordersKeys.sync(), next);
    if (this.#status)
      this.#client.setQueryData<MirrorState>(ordersKeys.mirror(), {
        status: this.#status,
        cursor: this.#mark?.cursor ?? 0,
        latest: this.#latest,
      });
  }
}

/** Unchanged orders and flags: no new snapshot, so a status tick never re-renders the table. */
function sameSnapshot(a: SyncSnapshot, b: SyncSnapshot): boolean {
  return (
    a.orders === b.orders &&
    a.ordersLoaded === b.ordersLoaded &&
    a.complete === b.complete &&
    a.refreshing === b.refreshing &&
    a.lastSyncedAt === b.lastSyncedAt &&
    a.lastChange === b.lastChange &&
    sameFailure(a.mirrorFailure, b.mirrorFailure)
  );
}

/** The same failure again (a status tick repeats the mirror's error as a new object). */
function sameFailure(a: SyncSnapshot['mirrorFailure'], b: SyncSnapshot['mirrorFailure']): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.kind === b.kind &&
    a.message === b.message &&
    ('status' in a ? a.status : null) === ('status' in b ? b.status : null)
  );
}
