import { describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';
import type { MirrorStore } from './store.ts';
import { fakeMirror, UPSTREAM_ID } from './testing/fake-mirror-upstream.ts';
import { readChanges } from './testing/changes.ts';

const MINUTE = 60_000;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The most request starts in any 60 s window. */
function busiestMinute(starts: readonly { at: number }[]): number {
  let most = 0;
  for (const [i, start] of starts.entries()) {
    most = Math.max(most, starts.slice(i).filter((s) => s.at < start.at + MINUTE).length);
  }
  return most;
}

describe('mirror scheduler', { timeout: 30_000 }, () => {
  let paging = () => true;

  it('reads the whole history once, then holds it', async () => {
    const mirror = await fakeMirror({ count: 950, maxPageSize: 100 });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds())).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    // 10 pages, the empty page after them, at most a window's overshoot, one last head check.
    expect(mirror.starts.length).toBeLessThanOrEqual(10 + 1 + 3 + 1);
    expect(mirror.scheduler.state.firstPassPages).toBeGreaterThanOrEqual(11);
  });

  it('saves the plan as soon as the first pass is held, so a server killed then does not page again', async () => {
    const store = await openSqliteStore(':memory:');
    const saved: string[] = [];
    const recording: MirrorStore = {
      ...store,
      savePlan: async (upstreamId, plan) => {
        saved.push((JSON.parse(plan) as { history: { kind: string } }).history.kind);
        await store.savePlan(upstreamId, plan);
      },
    };
    const mirror = await fakeMirror({ count: 950, maxPageSize: 100 }, {}, recording);
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    // Every page of the pass answers within a second of virtual time; the save on stopping is the last one.
    expect(saved.slice(0, -1)).toContain('held');
  });

  it('after a restart, says done once the head is compared, or at once when the budget cannot spare it soon', async () => {
    const resumed = async (rpm: number | null) => {
      const store = await openSqliteStore(':memory:');
      const first = await fakeMirror({ count: 200, maxPageSize: 100 }, { rpm }, store);
      await first.runUntil(() => first.scheduler.state.history.kind === 'held');
      const restarted = await fakeMirror({ count: 200, maxPageSize: 100 }, { rpm }, store);
      return restarted;
    };
    // No budget: the head check runs at once, and done waits for it.
    const free = await resumed(null);
    expect(free.scheduler.state.history).toMatchObject({ kind: 'held', confirmedAt: null });
    await free.runUntil(() => free.starts.length > 0 && free.scheduler.state.head === null);
    expect(free.starts[0]!.page).toBe(1);
    expect(free.scheduler.state.history).toMatchObject({ kind: 'held', confirmedAt: free.starts[0]!.at });
    // Half a request a minute: the next may start two minutes after the last, so what is held is served now.
    const scarce = await resumed(0.5);
    expect(scarce.scheduler.state.history).toMatchObject({ kind: 'held', confirmedAt: expect.any(Number) });
  });

  it('ends the history at a page past the end that the upstream refuses with 404', async () => {
    const mirror = await fakeMirror({
      count: 300,
      maxPageSize: 100,
      override: (request) => (request.page > 3 ? json(404, { detail: 'Invalid page.' }) : undefined),
    });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds()).size).toBe(300);
    expect(mirror.scheduler.error).toBeNull();
  });

  it('reads the whole history when a page holds an entry that is not an order', async () => {
    const mirror = await fakeMirror({ count: 1000, maxPageSize: 100 });
    // Page 3 still has 100 entries; one of them is null, so 99 orders.
    (mirror.upstream.orders as unknown[])[250] = null;
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const expected = mirror.upstream.orders.filter((o) => o !== null).map((o) => o.id);
    expect(new Set(await mirror.heldIds())).toEqual(new Set(expected));
    expect(expected).toHaveLength(999);
  });

  it('holds an order without id or number once, however far new orders shift it', async () => {
    const mirror = await fakeMirror({ count: 300, maxPageSize: 100 }, { sweepMs: 3_600_000 });
    mirror.upstream.orders = mirror.upstream.orders.map(
      ({ id: _id, order_number: _number, ...rest }) => rest as (typeof mirror.upstream.orders)[number],
    );
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    mirror.upstream.insert(30);
    // Long enough for a whole sweep to re-read every page at its shifted place.
    await mirror.runFor(1.2 * 3_600_000);
    expect(await mirror.heldIds()).toHaveLength(330);
  });

  it('misses nothing and repairs little when orders arrive during a first pass with a capped limit', async () => {
    const mirror = await fakeMirror({
      count: 6026,
      maxPageSize: 50,
      // One order arrives every third request while the first pass pages.
      beforeAnswer: (_request, index) => {
        if (index % 3 === 0 && paging()) mirror.upstream.insert(1);
      },
    });
    paging = () => mirror.scheduler.state.history.kind === 'first-pass';
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const held = await mirror.heldIds();
    expect(new Set(held)).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    const pages = Math.ceil(mirror.upstream.orders.length / 50);
    expect(mirror.starts.length).toBeLessThanOrEqual(1.1 * pages + 1);
  });

  it('repairs the gap a page answered out of order leaves while orders arrive', async () => {
    const mirror = await fakeMirror({
      count: 1000,
      maxPageSize: 50,
      beforeAnswer: () => {
        if (paging()) mirror.upstream.insert(7);
      },
    });
    // Page 5 is answered after the pages asked after it: orders slip from page 5 to page 6 unseen.
    mirror.slowPages.set(5, 20);
    paging = () => mirror.scheduler.state.history.kind === 'first-pass';
    const repaired = new Set<number>();
    mirror.scheduler.onChange(() => mirror.scheduler.state.repair.forEach((r) => repaired.add(r.page)));
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds())).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    expect(repaired.has(6)).toBe(true);
  });

  it('reads no page twice when pages answer out of order but no order arrives', async () => {
    const mirror = await fakeMirror({ count: 1000, maxPageSize: 50 });
    mirror.slowPages.set(5, 20);
    const tasks = new Set<string>();
    mirror.scheduler.onChange(() => tasks.add(mirror.scheduler.task));
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds())).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    expect(tasks.has('repair')).toBe(false);
    // 20 full pages, the empty one that ends the history, the window asked past it, one closing head check.
    expect(mirror.starts.length).toBeLessThanOrEqual(20 + 1 + 3 + 1);
  });

  it('asks the next first-pass pages while the pages before them wait to be written', async () => {
    const store = await openSqliteStore(':memory:');
    let holding = true;
    const held: (() => void)[] = [];
    const slow: MirrorStore = {
      ...store,
      applyPage: async (...args) => {
        if (holding && args[3]) await new Promise<void>((resolve) => held.push(resolve));
        return store.applyPage(...args);
      },
    };
    const mirror = await fakeMirror({ count: 3000, maxPageSize: 100 }, {}, slow);
    const run = mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    // A window is 4 pages; with the writes it may hold back held, the first pass still asks on.
    await vi.waitFor(() => expect(mirror.starts.length).toBeGreaterThan(12), { timeout: 2000 });
    // Only page 1 is written: the page size was not known before it.
    expect(await mirror.held()).toBe(100);
    holding = false;
    held.splice(0).forEach((resolve) => resolve());
    await run;
    expect(new Set(await mirror.heldIds())).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    expect(mirror.starts.length).toBeLessThanOrEqual(30 + 1 + 3 + 1);
  });

  it('asks a first-pass page again when writing it failed, and misses nothing', async () => {
    const store = await openSqliteStore(':memory:');
    let writes = 0;
    const failing: MirrorStore = {
      ...store,
      applyPage: async (...args) => {
        if (++writes === 3) throw new Error('disk I/O error');
        return store.applyPage(...args);
      },
    };
    const mirror = await fakeMirror({ count: 3000, maxPageSize: 100 }, {}, failing);
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds())).toEqual(new Set(mirror.upstream.orders.map((o) => o.id)));
    expect(await mirror.held()).toBe(3000);
  });

  it('never starts more than MIRROR_RPM requests in any minute', async () => {
    const mirror = await fakeMirror({ count: 3000, maxPageSize: 100 }, { rpm: 12, headMs: 10_000 });
    await mirror.runFor(8 * MINUTE);
    expect(mirror.starts.length).toBeGreaterThan(12 * 7);
    expect(busiestMinute(mirror.starts)).toBeLessThanOrEqual(12);
  });

  it('spends half the announced X-RateLimit-Limit when no budget is set', async () => {
    const mirror = await fakeMirror({ count: 500, maxPageSize: 100, ratePerWindow: 40 });
    await mirror.runFor(10 * MINUTE);
    expect(mirror.scheduler.rpm).toBe(20);
    expect(busiestMinute(mirror.starts.slice(1))).toBeLessThanOrEqual(20);
  });

  it('keeps under a daily quota with a budget below one request a minute', async () => {
    // Cekat's Free plan: 1,000 requests a day. At 0.5 a minute the mirror spends at most 720 of them.
    const mirror = await fakeMirror({ count: 3000, maxPageSize: 100 }, { rpm: 0.5 });
    await mirror.runFor(24 * 60 * MINUTE);
    expect(mirror.starts.length).toBeLessThanOrEqual(721);
    expect(mirror.starts.length).toBeGreaterThan(700);
    expect(mirror.scheduler.state.history.kind).toBe('held');
    expect(new Set(await mirror.heldIds()).size).toBe(3000);
  });

  it.each([
    ['MIRROR_RPM', { rpm: 12 }, {}, 12],
    ['the budget learned from X-RateLimit-Limit', { rpm: null }, { ratePerWindow: 40 }, 20],
  ] as const)(
    'a copy taking over within the minute keeps to %s across both leaders',
    async (_name, budget, limit, rpm) => {
      const store = await openSqliteStore(':memory:');
      // Killed mid first pass: the heir resumes paging at once.
      const shop = { count: 10_000, maxPageSize: 100, ...limit };
      const first = await fakeMirror(shop, { ...budget, headMs: 10_000 }, store);
      await first.runUntil(() => first.starts.length >= 30);
      // The leader dies a second after its last request; the other copy leads at once, on the same database.
      const heir = await fakeMirror(shop, { ...budget, headMs: 10_000 }, store);
      heir.upstream.clock = first.starts.at(-1)!.at + 1000;
      await heir.runFor(3 * MINUTE);
      expect(heir.starts.length).toBeGreaterThan(rpm * 2);
      expect(heir.scheduler.rpm).toBe(rpm);
      // The first leader's very first request went out before any limit was announced.
      expect(busiestMinute([...first.starts, ...heir.starts].slice(1))).toBeLessThanOrEqual(rpm);
    },
  );

  it('checks the head and the open orders within minutes, the rest only by the sweep', async () => {
    const mirror = await fakeMirror({ count: 2000, maxPageSize: 100 }, { rpm: 6, headMs: 30_000 });
    // Only page 2's orders (1801..1900) are still open.
    for (const order of mirror.upstream.orders)
      if (order.order_number > 1900 || order.order_number <= 1800) order.order_status = 'delivered';
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const open = mirror.upstream.orders[150]!;
    const deep = mirror.upstream.orders[1500]!;
    open.order_status = 'shipped';
    deep.order_status = 'refunded';
    const from = mirror.starts.length;
    await mirror.runFor(2 * MINUTE);
    const bodies = new Map(
      (await readChanges(mirror.store, 'fake-1', 0, 10_000)).bodies.map((b) => {
        const order = JSON.parse(b) as { id: string; order_status: string };
        return [order.id, order.order_status];
      }),
    );
    expect(bodies.get(open.id)).toBe('shipped');
    expect(bodies.get(deep.id)).toBe('delivered');
    // Page 2, and page 3 where new orders would push page 2's last open ones.
    const pages = new Set(mirror.starts.slice(from).map((s) => s.page));
    expect([...pages].every((page) => page <= 3)).toBe(true);
  });

  it('finds an open order that new orders pushed onto the next page during a refresh', async () => {
    // The head is checked hourly: only the refresh's own head check and open round can find the change.
    const mirror = await fakeMirror({ count: 300, maxPageSize: 100 }, { headMs: 3_600_000 });
    const target = mirror.upstream.orders[199]!;
    for (const order of mirror.upstream.orders) order.order_status = order === target ? 'paid' : 'delivered';
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    await mirror.runFor(MINUTE);
    target.order_status = 'shipped';
    // Three orders arrive after the head check, before page 2 (where the order was last) is read again.
    let arrived = false;
    mirror.upstream.options.beforeAnswer = (request) => {
      if (request.page !== 2 || arrived) return;
      arrived = true;
      mirror.upstream.insert(3);
    };
    let refreshed = false;
    const refresh = mirror.scheduler.refresh().then(() => (refreshed = true));
    await Promise.all([refresh, mirror.runUntil(() => refreshed, MINUTE)]);
    const held = await mirror.store.order('fake-1', target.id);
    expect((JSON.parse(held!.body) as { order_status: string }).order_status).toBe('shipped');
  });

  it('finds new orders and open changes within minutes when the upstream lists oldest first', async () => {
    const mirror = await fakeMirror(
      { count: 2000, maxPageSize: 100, newestFirst: false },
      { rpm: 6, headMs: 30_000 },
    );
    // Oldest first: page 19 holds 1801..1900, the only open orders; page 20 the newest, delivered.
    for (const order of mirror.upstream.orders)
      if (order.order_number > 1900 || order.order_number <= 1800) order.order_status = 'delivered';
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const requests = mirror.starts.length;
    const open = mirror.upstream.orders.find((o) => o.order_number === 1850)!;
    open.order_status = 'shipped';
    mirror.upstream.insert(130);
    await mirror.runFor(2 * MINUTE);
    const bodies = new Map(
      (await readChanges(mirror.store, 'fake-1', 0, 10_000)).bodies.map((b) => {
        const order = JSON.parse(b) as { id: string; order_status: string };
        return [order.id, order.order_status];
      }),
    );
    expect(bodies.size).toBe(2130);
    expect(bodies.get(open.id)).toBe('shipped');
    // The first pass needed no head checks and no repairs: 20 pages, the empty one, a window's overshoot.
    expect(requests).toBeLessThanOrEqual(21 + 3 + 1);
  });

  it('ends the first pass and each sweep where an upstream that clamps page repeats its last full page', async () => {
    const sweepMs = 0.1 * 3_600_000;
    // Past 1,000 requests the fake refuses, so a pass that never finds the end fails instead of paging forever.
    const mirror = await fakeMirror(
      {
        count: 1000,
        maxPageSize: 100,
        clampPages: true,
        override: (_r, i) => (i >= 1000 ? json(400, {}) : undefined),
      },
      { sweepMs },
    );
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held', sweepMs);
    expect(mirror.scheduler.state.history.kind).toBe('held');
    expect(await mirror.held()).toBe(1000);
    // 10 pages, the two repeats of page 10, then the overshoot: full pages do not stop the window, nor the
    // pages asked while earlier ones are written (up to 32).
    expect(mirror.starts.length).toBeLessThanOrEqual(12 + 4 + 32 + 1);
    const heldAfter = mirror.starts.length;
    const sweeps = () => mirror.starts.slice(heldAfter).map((s) => s.page);
    await mirror.runFor(2 * sweepMs);
    const history = mirror.scheduler.state.history;
    expect(history).toMatchObject({ kind: 'held', lastPassStartedAt: expect.any(Number) });
    expect(Math.max(...sweeps())).toBeLessThanOrEqual(12);
    expect(await mirror.held()).toBe(1000);
    expect(mirror.scheduler.error).toBeNull();
  });

  it('re-verifies every order within the sweep period', async () => {
    const mirror = await fakeMirror({ count: 2000, maxPageSize: 100 }, { sweepMs: 0.1 * 3_600_000 });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const start = mirror.upstream.clock;
    await mirror.runFor(0.1 * 3_600_000);
    const summary = await mirror.store.summary('fake-1');
    expect(summary.oldestVerifiedAt).toBeGreaterThanOrEqual(start);
    expect(mirror.scheduler.sweepPassMs()).toBe(0.09 * 3_600_000);
  });

  it('drops an order the upstream stopped listing once two sweep passes missed it, and tells replicas', async () => {
    const sweepMs = 0.1 * 3_600_000;
    const mirror = await fakeMirror({ count: 500, maxPageSize: 100 }, { sweepMs });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const cursor = mirror.scheduler.latest;
    mirror.upstream.orders = mirror.upstream.orders.filter((o) => o.id !== 'order-250');
    await mirror.runFor(sweepMs);
    // One pass alone proves nothing (a deletion shifts later orders onto pages already read).
    expect(await mirror.heldIds()).toContain('order-250');
    await mirror.runFor(sweepMs);
    const held = await mirror.heldIds();
    expect(held).not.toContain('order-250');
    expect(new Set(held).size).toBe(499);
    expect(await mirror.held()).toBe(499);
    const changes = await readChanges(mirror.store, 'fake-1', cursor, 1000);
    expect(changes.removed).toEqual(['order-250']);
    expect(mirror.scheduler.latest).toBe(changes.latest);
  });

  it('keeps what it holds when sweep passes end far short of it, as when the upstream lowers its page cap', async () => {
    const sweepMs = 0.1 * 3_600_000;
    // Past 5,000 requests the fake refuses, so a sweep that loops on page 1 fails instead of hanging.
    const refuseAfter = (_r: unknown, i: number) => (i >= 5000 ? json(400, {}) : undefined);
    const mirror = await fakeMirror({ count: 500, maxPageSize: 100, override: refuseAfter }, { sweepMs });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    // Pages of 50 look short next to the 100 seen; the next page says they are simply smaller now.
    mirror.upstream.options.maxPageSize = 50;
    const shrunkAt = mirror.upstream.clock;
    await mirror.runFor(3 * sweepMs);
    expect(mirror.scheduler.state.history).toMatchObject({ lastPassStartedAt: expect.any(Number) });
    expect(mirror.scheduler.state.pageSize).toBe(50);
    expect(await mirror.held()).toBe(500);
    expect((await mirror.store.summary('fake-1')).oldestVerifiedAt).toBeGreaterThan(shrunkAt);
    // An upstream that lists nothing at all: each pass is one empty page, one a period, not a loop.
    mirror.upstream.orders = [];
    const before = mirror.starts.length;
    await mirror.runFor(2 * sweepMs);
    const sweeps = mirror.starts.slice(before).filter((s) => s.page === 1).length;
    // Every 30 s a head check and an open round (the 500 paid orders are still held) read page 1; the
    // passes add one each per period.
    expect(sweeps).toBeLessThanOrEqual(2 * ((2 * sweepMs) / 30_000) + 4);
  });

  it('re-verifies every order within the sweep period while open rounds would take the whole budget', async () => {
    const sweepMs = 60 * MINUTE;
    const mirror = await fakeMirror(
      { count: 10_000, maxPageSize: 100 },
      { rpm: 30, headMs: 30_000, sweepMs },
    );
    // The newest 50 pages all open (as many as a round reads) want all the budget the head leaves; the 50
    // older pages of delivered orders are the sweep's alone.
    mirror.upstream.orders.forEach((order, i) => (order.order_status = i < 5000 ? 'pending' : 'delivered'));
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    let worst = 0;
    for (let minute = 0; minute < 150; minute++) {
      await mirror.runFor(MINUTE);
      const { oldestVerifiedAt } = await mirror.store.summary(UPSTREAM_ID);
      worst = Math.max(worst, mirror.upstream.clock - oldestVerifiedAt!);
    }
    expect(worst).toBeLessThanOrEqual(sweepMs);
  });

  it('says how long a sweep takes when the budget is the limit', async () => {
    const mirror = await fakeMirror({ count: 10_000, maxPageSize: 100 }, { rpm: 30, headMs: 30_000 });
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    // 101 pages at the 2/min the head and the open rounds leave take 50 min: the 6 h period paces it.
    const pass = mirror.scheduler.sweepPassMs()!;
    expect(pass).toBe(6 * 3_600_000 * 0.9);
  });

  it('answers a refresh during a pause of hours at once, and after a short one once its checks are done', async () => {
    const paused = async (seconds: number) => {
      let limited = false;
      const mirror = await fakeMirror({
        count: 300,
        maxPageSize: 100,
        override: () => (limited ? json(429, {}, { 'retry-after': String(seconds) }) : undefined),
      });
      await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
      limited = true;
      await mirror.runUntil(() => mirror.scheduler.waitingUntil !== null, 10 * MINUTE);
      limited = false;
      const asked = mirror.upstream.clock;
      let answered = false;
      const refreshed = mirror.scheduler.refresh().then(() => (answered = true));
      await Promise.resolve();
      return { mirror, asked, refreshed, answered: () => answered };
    };
    // A spent daily quota (an hour here): the answer comes now, and its status says the server waits.
    const long = await paused(3600);
    expect(long.answered()).toBe(true);
    expect(long.mirror.scheduler.waitingUntil).not.toBeNull();
    // A minute's window: the refresh waits it out and answers once the head has been read after it.
    const short = await paused(20);
    expect(short.answered()).toBe(false);
    await Promise.all([short.refreshed, short.mirror.runUntil(short.answered, 10 * MINUTE)]);
    expect(short.mirror.upstream.clock - short.asked).toBeGreaterThanOrEqual(10_000);
    expect(short.mirror.scheduler.headCheckedAt).toBeGreaterThan(short.asked);
  });

  it('pauses everything for a 429, for as long as Retry-After says (seconds or a date)', async () => {
    for (const form of ['seconds', 'date'] as const) {
      const mirror = await fakeMirror(
        {
          count: 800,
          maxPageSize: 100,
          override: (_request, index) => {
            if (index !== 2) return undefined;
            // An HTTP date has whole seconds and is read against the wall clock: 21 s ahead is 20–21 s away.
            const retry = form === 'seconds' ? '20' : new Date(Date.now() + 21_000).toUTCString();
            return json(429, { error: { message: 'slow down' } }, { 'retry-after': retry });
          },
        },
        { window: 1 },
      );
      await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
      const limited = mirror.starts[2]!;
      const after = mirror.starts.slice(3);
      expect(after.length).toBeGreaterThan(5);
      expect(after.every((s) => s.at >= limited.at + 19_000)).toBe(true);
      expect(new Set(await mirror.heldIds()).size).toBe(800);
    }
  });

  it('still pauses for a Retry-After of 0, longer for each 429 in a row', async () => {
    const mirror = await fakeMirror(
      {
        count: 300,
        maxPageSize: 100,
        override: (_request, index) =>
          index >= 1 && index <= 4 ? json(429, {}, { 'retry-after': '0' }) : undefined,
      },
      { window: 1 },
    );
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    const gaps = mirror.starts.slice(1, 6).map((s, i) => s.at - mirror.starts[i]!.at);
    expect(gaps.slice(1)).toEqual([1000, 2000, 4000, 8000]);
    expect(new Set(await mirror.heldIds()).size).toBe(300);
  });

  it('backs off on 5xx and reads past malformed answers', async () => {
    const mirror = await fakeMirror(
      {
        count: 500,
        maxPageSize: 100,
        override: (_request, index) => {
          if (index === 1 || index === 2) return json(503, { error: { message: 'busy' } });
          if (index === 4) return json(200, { data: { orders: 'none' } });
          return undefined;
        },
      },
      { window: 1 },
    );
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(new Set(await mirror.heldIds()).size).toBe(500);
    expect(mirror.starts[2]!.at - mirror.starts[1]!.at).toBeGreaterThanOrEqual(500);
    expect(mirror.starts[3]!.at - mirror.starts[2]!.at).toBeGreaterThanOrEqual(1000);
    expect(mirror.scheduler.error).toBeNull();
  });

  it('waits as long as a 503 says (maintenance with Retry-After) before asking again', async () => {
    const mirror = await fakeMirror(
      {
        count: 500,
        maxPageSize: 100,
        override: (_r, index) => (index === 1 ? json(503, {}, { 'retry-after': '120' }) : undefined),
      },
      { window: 1 },
    );
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    expect(mirror.starts[2]!.at - mirror.starts[1]!.at).toBeGreaterThanOrEqual(120_000);
    expect(new Set(await mirror.heldIds()).size).toBe(500);
  });

  it('reports a failing upstream only once retries have not helped, and a 429 as a wait, never an error', async () => {
    const failing = await fakeMirror(
      { count: 500, maxPageSize: 100, override: (_r, index) => (index >= 1 ? json(503, {}) : undefined) },
      { window: 1 },
    );
    await failing.runUntil(() => failing.starts.length >= 3);
    expect(failing.scheduler.error).toBeNull();
    await failing.runUntil(() => failing.starts.length >= 8);
    expect(failing.scheduler.error).toMatchObject({ kind: 'upstream' });
    expect(failing.scheduler.error?.message).toMatch(/HTTP 503/);

    // Page 1 refused with 404 is a wrong address, said as such (a 404 later on is the end of the list).
    const nowhere = await fakeMirror(
      { count: 500, maxPageSize: 100, override: () => json(404, { detail: 'Not found' }) },
      { window: 1 },
    );
    await nowhere.runUntil(() => nowhere.starts.length >= 8);
    expect(nowhere.scheduler.error).toMatchObject({ kind: 'not-found' });
    expect(nowhere.scheduler.error?.message).toMatch(/CEKAT_API_BASE_URL/);
    // Backing off is not waiting for the rate limit, which the status would then claim.
    expect(failing.scheduler.waitingUntil).toBeNull();

    const limited = await fakeMirror(
      {
        count: 500,
        maxPageSize: 100,
        override: (_r, index) => (index === 1 ? json(429, {}, { 'retry-after': '20' }) : undefined),
      },
      { window: 1 },
    );
    await limited.runUntil(() => limited.starts.length >= 2 && limited.scheduler.waitingUntil !== null);
    expect(limited.scheduler.error).toBeNull();
    await limited.runUntil(() => limited.scheduler.state.history.kind === 'held');
    expect(limited.scheduler.error).toBeNull();
  });

  it.each([401, 403])(
    'stops on a refused key (%i) with its own message, keeping what it holds',
    async (code) => {
      const mirror = await fakeMirror({
        count: 800,
        maxPageSize: 100,
        override: (_request, index) =>
          index >= 3 ? json(code, { error: { message: 'bad key sk-123' } }) : undefined,
      });
      await mirror.runUntil(() => false, 10 * MINUTE);
      expect(mirror.scheduler.error).toMatchObject({ kind: 'auth' });
      expect(mirror.scheduler.error?.message).toMatch(
        new RegExp(`refused the key \\(HTTP ${code}\\).*still served.*CEKAT_API_KEY`),
      );
      expect(mirror.scheduler.error?.message).not.toContain('sk-123');
      // Pages 2-5 were in flight together when pages 4 and 5 were refused; nothing is asked after that.
      expect(mirror.starts.length).toBe(5);
      expect(await mirror.held()).toBe(300);
      // A refresh (Retry) asks again, once, and returns with the same error while the key is refused.
      await Promise.all([mirror.scheduler.refresh(), mirror.runUntil(() => false, MINUTE)]);
      expect(mirror.starts.length).toBe(6);
      expect(mirror.scheduler.error).toMatchObject({ kind: 'auth' });
    },
  );

  it('keeps mirroring through a database that fails for a while, saying so in its own words meanwhile', async () => {
    const store = await openSqliteStore(':memory:');
    let failing = false;
    const locked = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const flaky: MirrorStore = {
      ...store,
      openPages: async (...args) => {
        if (failing) throw locked();
        return store.openPages(...args);
      },
      savePlan: async (...args) => {
        if (failing) throw locked();
        return store.savePlan(...args);
      },
    };
    const mirror = await fakeMirror({ count: 500, maxPageSize: 100 }, {}, flaky);
    await mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held');
    failing = true;
    await mirror.runUntil(() => mirror.scheduler.error !== null, 10 * MINUTE);
    expect(mirror.scheduler.error).toMatchObject({
      kind: 'store',
      message: expect.stringMatching(/database/),
    });
    failing = false;
    const before = mirror.starts.length;
    await mirror.runFor(5 * MINUTE);
    // Open rounds (every order here is paid) and head checks go on, and the error clears.
    expect(mirror.starts.length).toBeGreaterThan(before + 10);
    expect(mirror.scheduler.error).toBeNull();
  });

  it('resumes after a refused key once a refresh finds that it works again', async () => {
    let refused = true;
    const mirror = await fakeMirror({
      count: 800,
      maxPageSize: 100,
      override: (_request, index) => (index >= 3 && refused ? json(401, {}) : undefined),
    });
    await mirror.runUntil(() => false, 10 * MINUTE);
    expect(mirror.scheduler.error).toMatchObject({ kind: 'auth' });
    refused = false;
    await Promise.all([
      mirror.scheduler.refresh(),
      mirror.runUntil(() => mirror.scheduler.state.history.kind === 'held'),
    ]);
    expect(mirror.scheduler.error).toBeNull();
    expect(await mirror.held()).toBe(800);
  });
});
