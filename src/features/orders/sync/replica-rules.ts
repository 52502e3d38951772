import type { MirrorStatus } from '../../../../core/mirror/protocol';
import type { Order } from '../api/order-schema';
import { ORDERS_CHUNK } from './orders-storage';

/** Where a replica stands: which upstream, which mirror database, and the last change applied. */
export type ReplicaMark = { upstreamId: string; epoch: string; cursor: number };

/** The replica was built from the mirror that answers now: same upstream, same database. */
export function sameMirror(mark: ReplicaMark, answer: { upstreamId: string; epoch: string }): boolean {
  return mark.upstreamId === answer.upstreamId && mark.epoch === answer.epoch;
}

/** `done`: the browser holds every change the mirror has, and the mirror has read the whole history once. */
export function replicaComplete(cursor: number, latest: number, status: MirrorStatus): boolean {
  return cursor >= latest && status.firstPassDone;
}

/**
 * The held orders at stable positions: a changed order replaces its copy where it is and a new one is
 * appended, so a live change rewrites only its own stored chunk, not the history after it.
 */
export class HeldOrders {
  #orders: Order[];
  readonly #at = new Map<string, number>();
  readonly #dirty = new Set<number>();

  constructor(orders: readonly Order[] = []) {
    this.#orders = [];
    this.apply(orders);
    this.#dirty.clear();
  }

  /** Applies orders at their latest state; a fresh array afterwards, so every view sees the change. */
  apply(incoming: readonly Order[]): { added: number; changed: number } {
    let added = 0;
    let changed = 0;
    if (incoming.length === 0) return { added, changed };
    const orders = this.#orders.slice();
    for (const order of incoming) {
      const at = this.#at.get(order.id);
      if (at === undefined) {
        this.#at.set(order.id, orders.length);
        this.#dirty.add(Math.floor(orders.length / ORDERS_CHUNK));
        orders.push(order);
        added++;
      } else {
        orders[at] = order;
        this.#dirty.add(Math.floor(at / ORDERS_CHUNK));
        changed++;
      }
    }
    this.#orders = orders;
    return { added, changed };
  }

  /** Drops orders the upstream no longer lists; every stored chunk from the first one touched is rewritten. */
  remove(ids: readonly string[]): number {
    const gone = new Set<number>();
    for (const id of ids) {
      const at = this.#at.get(id);
      if (at !== undefined) gone.add(at);
    }
    if (gone.size === 0) return 0;
    const first = this.#orders.findIndex((_, i) => gone.has(i));
    const orders = this.#orders.filter((_, i) => !gone.has(i));
    this.#at.clear();
    orders.forEach((order, i) => this.#at.set(order.id, i));
    for (let chunk = Math.floor(first / ORDERS_CHUNK); chunk * ORDERS_CHUNK < orders.length; chunk++)
      this.#dirty.add(chunk);
    this.#orders = orders;
    return gone.size;
  }

  get orders(): readonly Order[] {
    return this.#orders;
  }

  /** The stored chunks that changed since the last call. */
  takeDirtyChunks(): number[] {
    const chunks = [...this.#dirty];
    this.#dirty.clear();
    return chunks;
  }
}
