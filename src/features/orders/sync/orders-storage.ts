import { clear, createStore, delMany, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { Order } from '../api/order-schema';

/** What a reload finds: the orders of the last upstream, and when they were synced. */
export type StoredOrders = { upstreamId: string; orders: Order[]; syncedAt: number | null };

export type OrdersStorage = {
  load(): Promise<StoredOrders | null>;
  /** Writes orders from position `from` on (earlier chunks are unchanged), then the chunk count. */
  save(upstreamId: string, orders: readonly Order[], from: number, syncedAt: number | null): Promise<void>;
  clear(): Promise<void>;
};

type Meta = { chunks: number; count: number; syncedAt: number | null; version: 1 };

// Chunks keep each write small: a page or two of new orders rewrites one chunk, not the whole history.
const CHUNK = 5000;
const LAST = 'last-upstream';
const metaKey = (upstream: string) => `meta:${upstream}`;
const chunkKey = (upstream: string, index: number) => `chunk:${upstream}:${index}`;

/** IndexedDB through idb-keyval, keyed per upstream (`X-Upstream-Id`); holds orders only, never a key. */
export function createOrdersStorage(): OrdersStorage {
  let store: UseStore | null = null;
  const db = () => (store ??= createStore('cekat-orders', 'sync'));
  const available = () => typeof indexedDB !== 'undefined';

  return {
    async load() {
      if (!available()) return null;
      const upstreamId = await get<string>(LAST, db());
      if (!upstreamId) return null;
      const meta = await get<Meta>(metaKey(upstreamId), db());
      if (!meta || meta.version !== 1) return null;
      const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(upstreamId, i));
      const chunks = await getMany<Order[]>(keys, db());
      if (chunks.some((chunk) => !Array.isArray(chunk))) return null;
      return { upstreamId, orders: (chunks as Order[][]).flat(), syncedAt: meta.syncedAt };
    },

    async save(upstreamId, orders, from, syncedAt) {
      if (!available()) return;
      const previous = await get<Meta>(metaKey(upstreamId), db());
      const chunks = Math.ceil(orders.length / CHUNK);
      for (let i = Math.floor(from / CHUNK); i < chunks; i++) {
        await set(chunkKey(upstreamId, i), orders.slice(i * CHUNK, (i + 1) * CHUNK), db());
      }
      const meta: Meta = { chunks, count: orders.length, syncedAt, version: 1 };
      await setMany(
        [
          [metaKey(upstreamId), meta],
          [LAST, upstreamId],
        ],
        db(),
      );
      const stale = Array.from(
        { length: Math.max(0, (previous?.chunks ?? 0) - chunks) },
        (_, i) => chunks + i,
      );
      if (stale.length > 0)
        await delMany(
          stale.map((i) => chunkKey(upstreamId, i)),
          db(),
        );
    },

    async clear() {
      if (available()) await clear(db());
    },
  };
}
