import { clear, createStore, delMany, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import { afterNextPaint } from '@/lib/after-next-paint';
import type { Order } from '../api/order-schema';

/** How the stored orders were read: when, and whether a complete newest-first read backs them. */
export type StoredInfo = {
  syncedAt: number | null;
  /** When the last complete read finished (null: the stored list may be partial). */
  fullAt?: number | null;
  /** The upstream listed newest first on that read, so a revalidation may stop at already-held orders. */
  newestFirst?: boolean;
  /** With the server's mirror: which mirror database the orders came from, and up to which change. */
  mirror?: MirrorMark | null;
};

/** A replica's place in one mirror: its epoch (database identity) and the last change sequence applied. */
export type MirrorMark = { epoch: string; cursor: number };

/** What a reload finds: the orders of the last upstream, and when they were synced. */
export type StoredOrders = StoredInfo & { upstreamId: string; orders: Order[] };

export type OrdersStorage = {
  /** `onHead` gets the newest chunk first, so a reload can show rows before the whole history is read. */
  load(onHead?: (head: StoredOrders) => void): Promise<StoredOrders | null>;
  /** Writes orders from position `from` on (earlier chunks are unchanged), then the chunk count. */
  save(upstreamId: string, orders: readonly Order[], from: number, info: StoredInfo): Promise<void>;
  /** Writes only the listed chunks (positions / ORDERS_CHUNK) of `orders`, then the chunk count. */
  saveChunks(
    upstreamId: string,
    orders: readonly Order[],
    chunks: Iterable<number>,
    info: StoredInfo,
  ): Promise<void>;
  clear(): Promise<void>;
};

/** The layout's version: 2 since chunks hold 2,000 orders (a stored list of another layout is read as none). */
type Meta = StoredInfo & { chunks: number; count: number; version: 2 };

// Chunks keep each write small (a sync writes each full chunk once, a change rewrites only its chunk), and the
// first one is what a reload shows before the rest is read: 2,000 orders fill the screen and copy out fast.
export const ORDERS_CHUNK = 2000;
const CHUNK = ORDERS_CHUNK;
const LAST = 'last-upstream';
const metaKey = (upstream: string) => `meta:${upstream}`;
const chunkKey = (upstream: string, index: number) => `chunk:${upstream}:${index}`;

const isMeta = (value: unknown): value is Meta =>
  typeof value === 'object' && value !== null && (value as Meta).version === 2 && (value as Meta).chunks > 0;

/** IndexedDB through idb-keyval, keyed per upstream (`X-Upstream-Id`); holds orders only, never a key. */
export function createOrdersStorage(): OrdersStorage {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore('cekat-orders', 'sync'));
  const available = () => typeof indexedDB !== 'undefined';

  const saveChunks: OrdersStorage['saveChunks'] = async (upstreamId, orders, dirty, info) => {
    if (!available()) return;
    const previous = await get<Meta>(metaKey(upstreamId), db());
    const chunks = Math.ceil(orders.length / CHUNK);
    const chunk = (i: number): [IDBValidKey, Order[]] => [
      chunkKey(upstreamId, i),
      orders.slice(i * CHUNK, (i + 1) * CHUNK),
    ];
    const wanted = [...new Set(dirty)].filter((i) => i >= 0 && i < chunks).sort((a, b) => a - b);
    const last = wanted.at(-1) === chunks - 1 ? wanted.pop() : undefined;
    // One transaction per chunk keeps each copy short; the last chunk goes with the meta, so the meta
    // never describes chunks that are not written yet, and a save while pages stream is one transaction.
    for (const i of wanted) await set(...chunk(i), db());
    const meta: Meta = { ...info, chunks, count: orders.length, version: 2 };
    await setMany(
      [...(last !== undefined ? [chunk(last)] : []), [metaKey(upstreamId), meta], [LAST, upstreamId]],
      db(),
    );
    const stale = Array.from({ length: Math.max(0, (previous?.chunks ?? 0) - chunks) }, (_, i) => chunks + i);
    if (stale.length > 0)
      await delMany(
        stale.map((i) => chunkKey(upstreamId, i)),
        db(),
      );
  };

  return {
    saveChunks,

    async load(onHead) {
      if (!available()) return null;
      const upstreamId = await get<string>(LAST, db());
      if (!upstreamId) return null;
      const [meta, head] = await getMany<unknown>([metaKey(upstreamId), chunkKey(upstreamId, 0)], db());
      if (!isMeta(meta) || !Array.isArray(head)) return null;
      const info: StoredInfo = {
        syncedAt: meta.syncedAt,
        fullAt: meta.fullAt ?? null,
        newestFirst: !!meta.newestFirst,
        mirror: meta.mirror ?? null,
      };
      if (meta.chunks > 1) onHead?.({ ...info, upstreamId, orders: head as Order[] });
      // Copying the rest out of IndexedDB holds the main thread a second per 100,000 orders: paint the head first.
      if (meta.chunks > 1 && onHead) await afterNextPaint();
      const keys = Array.from({ length: meta.chunks - 1 }, (_, i) => chunkKey(upstreamId, i + 1));
      const rest = await getMany<Order[]>(keys, db());
      if (rest.some((chunk) => !Array.isArray(chunk))) return null;
      return { ...info, upstreamId, orders: (head as Order[]).concat(...(rest as Order[][])) };
    },

    async save(upstreamId, orders, from, info) {
      const chunks = Math.ceil(orders.length / CHUNK);
      const first = from < orders.length ? Math.floor(from / CHUNK) : chunks;
      await saveChunks(
        upstreamId,
        orders,
        Array.from({ length: chunks - first }, (_, i) => first + i),
        info,
      );
    },

    async clear() {
      if (available()) await clear(db());
    },
  };
}

/**
 * Starts reading the stored orders at once, while the server is still asked which mode it runs in; the first
 * `load` gets that read (and its head, even if it came before), later ones read anew.
 */
export function readingAhead(storage: OrdersStorage): OrdersStorage {
  let head: StoredOrders | null = null;
  let onHead: ((head: StoredOrders) => void) | undefined;
  let ahead: Promise<StoredOrders | null> | null = storage.load((first) => {
    head = first;
    onHead?.(first);
  });
  // A failed read is the first load's to see.
  ahead.catch(() => undefined);
  return {
    ...storage,
    load(callback) {
      if (ahead === null) return storage.load(callback);
      const read = ahead;
      ahead = null;
      if (head) callback?.(head);
      else onHead = callback;
      return read;
    },
  };
}
