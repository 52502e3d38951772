import { fakeMirror, UPSTREAM_ID } from '../server/mirror/testing/fake-mirror-upstream.ts';

export type DaySetting = {
  count: number;
  /** The plan's announced limit (the mirror spends half of it by default). */
  ratePerMinute: number;
  hours: number;
  statusChangesPerHour: number;
  newOrdersPerHour: number;
};

export type DayResult = {
  requests: number;
  firstPassMs: number;
  /** Worst `now - verifiedAt` seen after the first pass, among open orders and among all orders. */
  worstOpenStaleMs: number;
  worstAnyStaleMs: number;
  /** Upstream status changes made during the day, and the slowest one to show in the mirror. */
  changes: number;
  worstChangeMs: number;
};

const OPEN = ['pending', 'paid', 'processing', 'shipped'] as const;
const NEXT: Record<string, string> = {
  pending: 'paid',
  paid: 'processing',
  processing: 'shipped',
  shipped: 'delivered',
};
const SAMPLE_MS = 5 * 60_000;

/** A deterministic 0..1 sequence, so two runs change the same orders. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The most recent 2% of orders still open, the rest finished: a shop's usual shape. */
function shapeStatuses(orders: { order_status: string }[]): void {
  const open = Math.max(1, Math.round(orders.length * 0.02));
  orders.forEach((order, i) => {
    order.order_status =
      i < open
        ? OPEN[i % OPEN.length]!
        : i % 20 === 0
          ? 'cancelled'
          : i % 53 === 0
            ? 'refunded'
            : 'delivered';
  });
}

/**
 * One day of a shop on a virtual clock: the mirror's real planner, scheduler and SQLite store against an
 * in-memory upstream with the plan's rate limit, where orders arrive and move on in their life all day.
 */
export async function simulateDay(setting: DaySetting): Promise<DayResult> {
  const random = lcg(7);
  const pending = new Map<string, { status: string; at: number }>();
  let changes = 0;
  let worstChangeMs = 0;
  let lastMove = Number.NaN;
  const mirror = await fakeMirror(
    {
      count: setting.count,
      maxPageSize: 100,
      ratePerWindow: setting.ratePerMinute,
      windowMs: 60_000,
      beforeAnswer: () => move(),
    },
    { rpm: null },
  );
  const { upstream } = mirror;
  shapeStatuses(upstream.orders);
  const start = upstream.clock;
  const perMs = (perHour: number) => perHour / 3_600_000;

  /** Orders arrive and change between two requests, at the day's rates. */
  function move(): void {
    const now = upstream.clock;
    if (Number.isNaN(lastMove)) lastMove = now;
    const elapsed = now - lastMove;
    const arrivals = Math.floor(elapsed * perMs(setting.newOrdersPerHour));
    const moves = Math.floor(elapsed * perMs(setting.statusChangesPerHour));
    if (arrivals === 0 && moves === 0) return;
    lastMove = now;
    for (let i = 0; i < arrivals; i++) {
      upstream.insert(1);
      upstream.orders[0]!.order_status = 'pending';
    }
    for (let i = 0; i < moves; i++) {
      // Mostly recent orders move on; now and then one deep in the history is refunded.
      const deep = random() < 0.1;
      const range = deep ? upstream.orders.length : Math.max(1, Math.round(upstream.orders.length * 0.02));
      const order = upstream.orders[Math.floor(random() * range)]!;
      const status = deep ? 'refunded' : (NEXT[order.order_status] ?? 'refunded');
      if (status === order.order_status) continue;
      order.order_status = status;
      pending.set(order.id, { status, at: now });
      changes++;
    }
  }

  /** Changes the mirror holds now: the slowest one counts. */
  async function settleChanges(now: number): Promise<void> {
    for (const [id, change] of pending) {
      const held = await mirror.store.order(UPSTREAM_ID, id);
      const status = held ? (JSON.parse(held.body) as { order_status?: string }).order_status : undefined;
      if (status !== change.status) continue;
      worstChangeMs = Math.max(worstChangeMs, held!.verifiedAt - change.at);
      pending.delete(id);
    }
    for (const change of pending.values()) worstChangeMs = Math.max(worstChangeMs, now - change.at);
  }

  await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
  const firstPassMs = upstream.clock - start;
  let worstOpenStaleMs = 0;
  let worstAnyStaleMs = 0;
  const end = start + setting.hours * 3_600_000;
  while (upstream.clock < end) {
    await mirror.runFor(Math.min(SAMPLE_MS, end - upstream.clock));
    const summary = await mirror.store.summary(UPSTREAM_ID);
    const now = upstream.clock;
    if (summary.openVerifiedAt !== null)
      worstOpenStaleMs = Math.max(worstOpenStaleMs, now - summary.openVerifiedAt);
    if (summary.oldestVerifiedAt !== null)
      worstAnyStaleMs = Math.max(worstAnyStaleMs, now - summary.oldestVerifiedAt);
    await settleChanges(now);
  }
  await mirror.store.close();
  return {
    requests: mirror.starts.length,
    firstPassMs,
    worstOpenStaleMs,
    worstAnyStaleMs,
    changes,
    worstChangeMs,
  };
}
