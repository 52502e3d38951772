import { makeAwkwardOrder, randomAwkwardKinds } from './awkward.ts';
import { createGeneration } from './generate.ts';
import type { OrderFactory } from './order-factory.ts';
import { deriveSeed, Rng } from './prng.ts';
import { changeOneStatus, pickIndex, type StatusChange } from './status-changes.ts';
import { amountOf, FiguresAccumulator, type OrderFigures } from './summary.ts';
import type { RawOrder } from './types.ts';

export type StoreOptions = {
  count: number;
  seed: number;
  anchor: Date;
  awkward: number;
  /** New orders per second after `startMs`. */
  live: number;
  /** Existing orders per second moving on in their life after `startMs`. */
  statusChanges?: number;
  /** Orders of the history per second that the shop deletes after `startMs` (mostly recent ones). */
  deletions?: number;
  startMs: number;
};

/**
 * The seeded history plus orders that arrived since start (live mode), read newest first. Live orders are
 * created lazily when read, one every 1/live seconds of the clock, so the data only depends on elapsed time.
 */
export class OrderStore {
  private readonly seeded: RawOrder[];
  private readonly arrived: RawOrder[] = [];
  private readonly figures = new FiguresAccumulator();
  private readonly factory: OrderFactory;
  private readonly liveRng: Rng;
  private readonly changeRng: Rng;
  private readonly deleteRng: Rng;
  /** Deletions made by the clock so far. */
  private clockDeletions = 0;
  /** Status changes made by the clock so far (changes asked for by hand are not counted here). */
  private clockChanges = 0;
  private readonly liveStartMicros: number;
  private byId: Map<string, RawOrder> | undefined;

  constructor(private readonly options: StoreOptions) {
    const generation = createGeneration(options);
    this.seeded = generation.orders;
    this.factory = generation.factory;
    for (const order of this.seeded) this.figures.add(order);
    this.liveRng = new Rng(deriveSeed(options.seed, 'live'));
    this.changeRng = new Rng(deriveSeed(options.seed, 'status-changes'));
    this.deleteRng = new Rng(deriveSeed(options.seed, 'deletions'));
    // Live orders are never older than the seeded history, even when the anchor is set in the future.
    this.liveStartMicros = Math.max(generation.anchorMicros, options.startMs * 1000);
  }

  /** Adds the live orders and makes the status changes and deletions due by `nowMs`. */
  catchUp(nowMs: number): void {
    this.arrive(nowMs);
    const elapsed = (nowMs - this.options.startMs) / 1000;
    const rate = this.options.statusChanges ?? 0;
    const changesDue = rate > 0 ? Math.floor(elapsed * rate) : 0;
    while (this.clockChanges < changesDue) {
      this.clockChanges++;
      this.changeOne(this.options.startMs * 1000 + Math.round((this.clockChanges / rate) * 1_000_000));
    }
    const deletionsDue = Math.floor(elapsed * (this.options.deletions ?? 0));
    while (this.clockDeletions < deletionsDue) {
      this.clockDeletions++;
      this.deleteOne();
    }
  }

  /** Deletes `count` orders of the history now (the test-support route); returns their ids. */
  deleteOrders(count: number, nowMs: number): string[] {
    this.catchUp(nowMs);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = this.deleteOne();
      if (id !== null) ids.push(id);
    }
    return ids;
  }

  /** One order of the seeded history gone from the list, the figures and the lookup. */
  private deleteOne(): string | null {
    if (this.seeded.length === 0) return null;
    const [order] = this.seeded.splice(pickIndex(this.seeded.length, this.deleteRng), 1) as [RawOrder];
    this.figures.remove(order);
    this.byId?.delete(order.id);
    return order.id;
  }

  /** Moves `count` existing orders on in their life now (the test-support route); returns what moved. */
  changeStatuses(count: number, nowMs: number): StatusChange[] {
    this.catchUp(nowMs);
    const changes: StatusChange[] = [];
    for (let i = 0; i < count; i++) {
      const change = this.changeOne(nowMs * 1000);
      if (change) changes.push(change);
    }
    return changes;
  }

  private changeOne(atMicros: number): StatusChange | null {
    const change = changeOneStatus(this, atMicros, this.changeRng);
    if (change) this.figures.move(change.from, change.to, amountOf(this.find(change.id)?.grand_total));
    return change;
  }

  private arrive(nowMs: number): void {
    const { live, startMs, awkward } = this.options;
    if (live <= 0) return;
    const due = Math.floor(((nowMs - startMs) / 1000) * live);
    while (this.arrived.length < due) {
      const elapsedMicros = Math.round(((this.arrived.length + 1) / live) * 1_000_000);
      const createdMicros = this.liveStartMicros + elapsedMicros;
      let order = this.factory.make(createdMicros, createdMicros);
      if (awkward > 0 && this.liveRng.chance(awkward)) {
        order = makeAwkwardOrder(order, randomAwkwardKinds(this.liveRng), this.liveRng);
      }
      this.arrived.push(order);
      this.figures.add(order);
      this.byId?.set(order.id, order);
    }
  }

  get length(): number {
    return this.seeded.length + this.arrived.length;
  }

  /** Up to `limit` orders starting `offset` from the newest. */
  page(offset: number, limit: number): RawOrder[] {
    const fresh = this.arrived.length;
    const out: RawOrder[] = [];
    for (let i = offset; i < offset + limit && i < fresh; i++)
      out.push(this.arrived[fresh - 1 - i] as RawOrder);
    const end = Math.min(this.seeded.length, Math.max(0, offset - fresh) + limit - out.length);
    for (let i = Math.max(0, offset - fresh); i < end; i++) out.push(this.seeded[i] as RawOrder);
    return out;
  }

  /** The order `index` places from the newest. */
  at(index: number): RawOrder {
    const fresh = this.arrived.length;
    return (index < fresh ? this.arrived[fresh - 1 - index] : this.seeded[index - fresh]) as RawOrder;
  }

  find(id: string): RawOrder | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const order of this.seeded) this.byId.set(order.id, order);
      for (const order of this.arrived) this.byId.set(order.id, order);
    }
    return this.byId.get(id);
  }

  all(): RawOrder[] {
    return this.page(0, this.length);
  }

  summary(): OrderFigures {
    return this.figures.snapshot();
  }
}
