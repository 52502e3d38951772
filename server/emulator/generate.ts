import { applyAwkward } from './awkward.ts';
import { createOrderFactory, type OrderFactory } from './order-factory.ts';
import { deriveSeed, Rng } from './prng.ts';
import { creationTimeline } from './timeline.ts';
import type { RawOrder } from './types.ts';

export type { RawContact, RawInvoice, RawOrder } from './types.ts';

export type GenerateOptions = { count: number; seed: number; anchor?: Date; awkward?: number };

export type Generation = {
  /** Newest first, like the upstream's pages. */
  orders: RawOrder[];
  /** Keeps numbering and customers going for orders that arrive later (live mode). */
  factory: OrderFactory;
  anchorMicros: number;
};

/** Roughly three orders per customer on average, so repeat buyers are common. */
export function customerPoolSize(count: number): number {
  return Math.max(10, Math.round(count / 3));
}

export function createGeneration({ count, seed, anchor, awkward = 0 }: GenerateOptions): Generation {
  const anchorMicros = (anchor ?? new Date()).getTime() * 1000;
  const times = creationTimeline(new Rng(deriveSeed(seed, 'timeline')), count, anchorMicros);
  const factory = createOrderFactory(seed, customerPoolSize(count));
  const orders = new Array<RawOrder>(count);
  for (let i = 0; i < count; i++) orders[count - 1 - i] = factory.make(times[i] as number, anchorMicros);
  applyAwkward(orders, awkward, seed);
  return { orders, factory, anchorMicros };
}

/** Deterministic orders for a seed and anchor, newest first; order_number 1001 is the oldest. */
export function generateOrders(opts: GenerateOptions): RawOrder[] {
  return createGeneration(opts).orders;
}
