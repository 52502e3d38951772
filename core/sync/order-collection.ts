import type { Order } from '../orders/order-schema.ts';

export type MergeResult = { added: number; replaced: number };

/**
 * Orders deduplicated by id, the latest copy winning, in first-seen order. Merging is O(page); a snapshot
 * copies the list once and is cached until the next change, so consumers get a stable array identity.
 */
export class OrderCollection {
  readonly #index = new Map<string, number>();
  readonly #list: Order[] = [];
  #snapshot: readonly Order[] | null = null;
  /** Lowest position changed since the last `takeDirtyFrom()`, for incremental persistence. */
  #dirtyFrom: number | null = null;

  static from(orders: readonly Order[]): OrderCollection {
    const collection = new OrderCollection();
    collection.merge(orders);
    collection.#dirtyFrom = null;
    return collection;
  }

  get size(): number {
    return this.#list.length;
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  merge(orders: readonly Order[]): MergeResult {
    let added = 0;
    let replaced = 0;
    for (const order of orders) {
      const at = this.#index.get(order.id);
      if (at === undefined) {
        this.#index.set(order.id, this.#list.length);
        this.#markDirty(this.#list.length);
        this.#list.push(order);
        added++;
      } else {
        this.#list[at] = order;
        this.#markDirty(at);
        replaced++;
      }
    }
    if (added + replaced > 0) this.#snapshot = null;
    return { added, replaced };
  }

  snapshot(): readonly Order[] {
    this.#snapshot ??= this.#list.slice();
    return this.#snapshot;
  }

  /** Returns and resets the lowest changed position (null when nothing changed). */
  takeDirtyFrom(): number | null {
    const from = this.#dirtyFrom;
    this.#dirtyFrom = null;
    return from;
  }

  #markDirty(position: number): void {
    if (this.#dirtyFrom === null || position < this.#dirtyFrom) this.#dirtyFrom = position;
  }
}

/** How a finished refresh differs from what was on screen: orders new to it, and orders whose data changed. */
export function diffOrders(
  before: ReadonlyMap<string, Order>,
  after: readonly Order[],
): { added: number; changed: number } {
  let added = 0;
  let changed = 0;
  for (const order of after) {
    const old = before.get(order.id);
    if (!old) added++;
    else if (orderChanged(old, order)) changed++;
  }
  return { added, changed };
}

export function orderChanged(a: Order, b: Order): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return true;
    if (JSON.stringify(x) !== JSON.stringify(y)) return true;
  }
  return false;
}
