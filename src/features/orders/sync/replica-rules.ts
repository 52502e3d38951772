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
