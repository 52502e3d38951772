import type { Order } from '../api/order-schema';

/**
 * `byId` for a list of orders, built on first lookup and shared by every reader of the same list: while a sync
 * streams, most snapshots are never looked up by id, so building a 100k-entry Map per snapshot is wasted.
 */
class LazyOrderIndex implements ReadonlyMap<string, Order> {
  readonly #orders: readonly Order[];
  #map: Map<string, Order> | null = null;

  constructor(orders: readonly Order[]) {
    this.#orders = orders;
  }

  get #index(): Map<string, Order> {
    this.#map ??= new Map(this.#orders.map((o) => [o.id, o]));
    return this.#map;
  }

  get size(): number {
    return this.#index.size;
  }
  get(id: string): Order | undefined {
    return this.#index.get(id);
  }
  has(id: string): boolean {
    return this.#index.has(id);
  }
  forEach(callback: (value: Order, key: string, map: ReadonlyMap<string, Order>) => void): void {
    this.#index.forEach((value, key) => callback(value, key, this));
  }
  entries(): MapIterator<[string, Order]> {
    return this.#index.entries();
  }
  keys(): MapIterator<string> {
    return this.#index.keys();
  }
  values(): MapIterator<Order> {
    return this.#index.values();
  }
  [Symbol.iterator](): MapIterator<[string, Order]> {
    return this.#index[Symbol.iterator]();
  }
}

const indexes = new WeakMap<readonly Order[], ReadonlyMap<string, Order>>();

export function orderIndex(orders: readonly Order[]): ReadonlyMap<string, Order> {
  let index = indexes.get(orders);
  if (!index) {
    index = new LazyOrderIndex(orders);
    indexes.set(orders, index);
  }
  return index;
}
