import { describe, expect, it } from 'vitest';
import * as planner from './planner.ts';

const config: planner.PlanConfig = { headMs: 30_000, sweepMs: 6 * 3_600_000, window: 4 };
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `o${from + i}`);
/** A page read of these orders, `added` of them new, with nothing but orders in it. */
const got = (orderIds: readonly string[], added: number): planner.PageResult => ({
  ids: orderIds,
  added,
  length: orderIds.length,
  order: null,
});

/** Runs the first pass of `pages` full pages (and an empty one) in page order, one at a time. */
function heldHistory(pages: number, size = 100): planner.PlanState {
  let state = planner.initialPlan(size);
  for (let page = 1; page <= pages + 1; page++) {
    const next = planner.planNext(state, 0, config, 0);
    if (next.plan.task === 'head') {
      state = planner.pageRead(next.state, next.plan, got(ids(0, size), 0), 0);
      page--;
      continue;
    }
    expect(next.plan).toEqual({ task: 'first-pass', page });
    const count = page <= pages ? size : 0;
    state = planner.pageRead(next.state, next.plan as never, got(ids(page * size, count), count), 0);
  }
  const head = planner.planNext(state, 0, config, 0);
  expect(head.plan).toEqual({ task: 'head', page: 1 });
  return planner.pageRead(head.state, head.plan as { task: 'head'; page: number }, got(ids(0, size), 0), 0);
}

describe('planner', () => {
  it('checks the head from the last page on when the list is oldest first, repairing nothing', () => {
    const at = config.headMs;
    const oldestFirst = (read: planner.PageResult) => ({ ...read, order: 'oldest-first' as const });
    let state: planner.PlanState = { ...heldHistory(3), newestFirst: false, held: 300 };
    let next = planner.planNext(state, at, config, 0);
    expect(next.plan).toEqual({ task: 'head', page: 4 });
    // 130 new orders at the end: page 4 comes back full of them, page 5 holds the rest.
    state = planner.pageRead(next.state, next.plan as never, oldestFirst(got(ids(300, 100), 100)), at);
    next = planner.planNext(state, at, config, 0);
    expect(next.plan).toEqual({ task: 'head', page: 5 });
    state = planner.pageRead(next.state, next.plan as never, oldestFirst(got(ids(400, 30), 30)), at);
    expect(state.head).toBeNull();
    expect(state.headCheckedAt).toBe(at);
    expect(state.repair).toEqual([]);
  });

  it('pages the history once: one page until the size is known, then a window', () => {
    let state = planner.initialPlan(100);
    let next = planner.planNext(state, 0, config, 0);
    expect(next.plan).toEqual({ task: 'first-pass', page: 1 });
    expect(planner.planNext(next.state, 0, config, 1).plan).toEqual({ task: 'idle', until: null });
    // A capped page of 50 (asked 100) is not the end; a second page confirms the size before a window opens.
    state = planner.pageRead(next.state, next.plan as never, got(ids(0, 50), 50), 0);
    next = planner.planNext(state, 1, config, 0);
    expect(next.plan).toEqual({ task: 'first-pass', page: 2 });
    expect(planner.planNext(next.state, 1, config, 1).plan).toEqual({ task: 'idle', until: null });
    state = planner.pageRead(next.state, next.plan as never, got(ids(50, 50), 50), 1);
    const window: number[] = [];
    for (let i = 0; i < 4; i++) {
      next = planner.planNext(state, 1, config, i);
      if (next.plan.task !== 'first-pass') break;
      window.push(next.plan.page);
      state = next.state;
    }
    expect(window).toEqual([3, 4, 5, 6]);
    expect(state.headCheckedAt).toBe(0);
  });

  it('holds the history after paging to the end and one last head check, then sweeps', () => {
    const state = heldHistory(3);
    expect(state.history).toEqual({ kind: 'held', sweepNext: 1, sweepStartedAt: 0 });
    expect(state.firstPassPages).toBe(4);
    expect(state.repair).toEqual([]);
  });

  it('puts the head first when due, then open pages newest first, then the sweep at its pace', () => {
    let state = { ...heldHistory(9), held: 900, pageSize: 100 };
    expect(planner.openRoundDue(state, 30_000, config)).toBe(true);
    // At 0.4 requests a minute, a round of at most five minutes holds two pages.
    state = planner.startOpenRound(state, [2, 5, 9], 30_000, 0.4);
    expect(planner.planNext(state, 30_000, config, 0).plan).toEqual({ task: 'head', page: 1 });
    state = { ...state, headCheckedAt: 30_000 };
    // Open pages go out in a window; a failed one is asked again.
    const open = planner.planNext(state, 30_000, config, 0);
    expect(open.plan).toEqual({ task: 'open', page: 2 });
    const second = planner.planNext(open.state, 30_000, config, 1);
    expect(second.plan).toEqual({ task: 'open', page: 5 });
    state = planner.pageFailed(second.state, second.plan as never, 30_000);
    state = planner.pageRead(state, open.plan as never, got(ids(100, 100), 0), 30_000);
    const retried = planner.planNext(state, 30_000, config, 0);
    expect(retried.plan).toEqual({ task: 'open', page: 5 });
    state = planner.pageRead(retried.state, retried.plan as never, got(ids(500, 100), 0), 30_000);
    // Past what the round holds, page 9 waits for the sweep; the sweep's first page was due at the start.
    expect(planner.planNext(state, 30_000, config, 0).plan).toEqual({ task: 'sweep', page: 1 });
    state = planner.pageRead(state, { task: 'sweep', page: 1 }, got(ids(0, 100), 0), 30_000);
    const idle = planner.planNext(state, 30_000, config, 0).plan;
    expect(idle).toEqual({ task: 'idle', until: 60_000 });
  });

  it('reads every open page at the pace the budget leaves, the newest only when they do not fit', () => {
    const state = { ...heldHistory(99), held: 10_000, pageSize: 100 };
    const pages = Array.from({ length: 20 }, (_, i) => i + 1);
    // 25 a minute: all 20 pages, and the next round once these had their 48 s, not every 30 s.
    const paced = planner.startOpenRound(state, pages, 0, 25);
    expect(paced.open).toEqual(pages);
    const over = { ...paced, open: [] };
    expect(planner.openRoundDue(over, 47_999, config)).toBe(false);
    expect(planner.openRoundDue(over, 48_000, config)).toBe(true);
    // One a minute: the five newest, every five minutes.
    const scarce = planner.startOpenRound(state, pages, 0, 1);
    expect(scarce.open).toEqual([1, 2, 3, 4, 5]);
    expect(planner.openRoundDue({ ...scarce, open: [] }, 300_000, config)).toBe(true);
    // No limit: at most MAX_OPEN_PAGES, every headMs.
    const free = planner.startOpenRound(state, pages, 0, Number.POSITIVE_INFINITY);
    expect(free.open).toEqual(pages);
    expect(planner.openRoundDue({ ...free, open: [] }, 30_000, config)).toBe(true);
  });

  it('spreads a sweep over 90% of its period and starts over after the last page', () => {
    let state = { ...heldHistory(9), held: 900, pageSize: 100 };
    const step = (config.sweepMs * 0.9) / 10;
    expect(planner.sweepDueAt(state, config)).toBe(0);
    state = planner.pageRead(state, { task: 'sweep', page: 1 }, got(ids(0, 100), 0), 5);
    expect(planner.sweepDueAt(state, config)).toBe(step);
    state = planner.pageRead(state, { task: 'sweep', page: 10 }, got(ids(900, 20), 0), 99);
    expect(state.history).toMatchObject({
      kind: 'held',
      sweepNext: 1,
      sweepStartedAt: 99,
      lastPassStartedAt: 0,
    });
  });

  it('ends a pass at a page that repeats the pages on both sides, not at a single repeat', () => {
    let state = planner.initialPlan(100);
    const read = (page: number, from: number) => {
      const next = planner.planNext(state, 0, config, 0);
      expect(next.plan).toEqual({ task: 'first-pass', page });
      state = planner.pageRead(next.state, next.plan as never, got(ids(from, 100), 0), 0);
    };
    // Page 3 repeats page 2 (a page of new orders arrived between the two reads); page 4 moves on.
    [0, 100, 100, 200, 300, 300].forEach((from, i) => read(i + 1, from));
    expect(state.history).toMatchObject({ kind: 'first-pass', end: null });
    // Page 7 repeats page 6 again: an upstream that clamps `page` answers the last page past the end.
    read(7, 300);
    expect(state.history).toMatchObject({ kind: 'closing' });
    // A sweep ends there too, but not at a run inside the history it holds.
    state = { ...heldHistory(9), held: 900, pageSize: 100 };
    const sweep = (page: number, from: number) =>
      (state = planner.pageRead(state, { task: 'sweep', page }, got(ids(from, 100), 0), page));
    [0, 0, 0].forEach((from, i) => sweep(i + 1, from));
    expect(state.history).toMatchObject({ sweepNext: 4 });
    [100, 200, 300, 400, 500, 600, 700, 800, 800, 800].forEach((from, i) => sweep(i + 4, from));
    expect(state.history).toMatchObject({ sweepNext: 1, sweepStartedAt: 13 });
  });

  it('reads on past a short page long before the end held: orders after it mean smaller pages, none the end', () => {
    const held = { ...heldHistory(9), held: 900, pageSize: 100 };
    const sweep = (state: planner.PlanState, page: number, count: number) =>
      planner.pageRead(state, { task: 'sweep', page }, got(ids(page * 100, count), 0), page);
    // 400 orders left the list: page 5 is short, page 6 empty, and the pass ends there.
    let state = sweep(sweep(held, 4, 100), 5, 40);
    expect(state.history).toMatchObject({ sweepNext: 6 });
    state = sweep(state, 6, 0);
    expect(state.history).toMatchObject({ sweepNext: 1, lastPassStartedAt: 0 });
    // The pages became 50 long: the page after the first short one has orders, so 50 is the page size now.
    state = sweep(sweep(held, 1, 50), 2, 50);
    expect(state).toMatchObject({ pageSize: 50, history: { sweepNext: 3 } });
    // A pass that ended that early does not start the next one at once: one period after it began.
    const ended = sweep(held, 1, 0);
    expect(planner.sweepDueAt(ended, config)).toBe(config.sweepMs * 0.9);
  });

  it('says orders are gone only once two whole sweep passes missed them', () => {
    const sweep = (state: planner.PlanState, page: number, count: number, at: number) => {
      const plan = { task: 'sweep', page } as const;
      const read = got(ids(page * 100, count), 0);
      const after = planner.pageRead(state, plan, read, at);
      return { after, gone: planner.goneBefore(state, plan, read, after, at) };
    };
    let state = { ...heldHistory(1), held: 150, pageSize: 100 };
    let step = sweep(state, 1, 100, 10);
    expect(step.gone).toBeNull();
    step = sweep(step.after, 2, 50, 20);
    // One pass (from 0) ended: an order it missed may have been shifted past it by a deletion.
    expect(step.gone).toBeNull();
    step = sweep(step.after, 1, 100, 30);
    expect(step.gone).toBeNull();
    step = sweep(step.after, 2, 49, 40);
    // The second pass ended: what neither pass verified (since 0, the first one's start) is gone.
    expect(step.gone).toBe(0);
    state = step.after;
    step = sweep(sweep(state, 1, 100, 50).after, 2, 49, 60);
    expect(step.gone).toBe(20);
    const head = { task: 'head', page: 1 } as const;
    const news = got(ids(0, 100), 0);
    expect(planner.goneBefore(state, head, news, planner.pageRead(state, head, news, 70), 70)).toBeNull();
  });

  it('says the held history is gone when a head check reads the whole list and meets none of it', () => {
    const walk = (pages: planner.PageResult[]) => {
      let state = { ...heldHistory(3), held: 300, pageSize: 100 };
      let gone: number | null = null;
      pages.forEach((read, i) => {
        const next = planner.planNext(state, 40_000 + i, config, 0);
        expect(next.plan).toEqual({ task: 'head', page: i + 1 });
        const after = planner.pageRead(next.state, next.plan as never, read, 40_000 + i);
        gone = planner.goneBefore(next.state, next.plan, read, after, 40_000 + i);
        state = after;
      });
      return { state, gone };
    };
    // A reseeded upstream behind the same address and key: 230 orders, none of them held.
    const reseeded = walk([got(ids(1000, 100), 100), got(ids(1100, 100), 100), got(ids(1200, 30), 30)]);
    expect(reseeded.state.head).toBeNull();
    expect(reseeded.gone).toBe(40_000);
    // Many new orders, then the held ones: nothing is gone.
    expect(walk([got(ids(1000, 100), 100), got(ids(1100, 100), 40)]).gone).toBeNull();
    // One short page of new orders only, nothing held in it: the whole list, so the rest is gone.
    expect(walk([got(ids(1000, 20), 20)]).gone).toBe(40_000);
    // An empty list proves nothing about a replacement (the two sweeps decide that).
    expect(walk([got([], 0)]).gone).toBeNull();
  });

  it('compares the held history with the head at once after a restart', () => {
    const held = { ...heldHistory(3), held: 300, pageSize: 100, headCheckedAt: 10_000 };
    const resumed = planner.resumedPlan(held);
    expect(resumed.history).toMatchObject({ kind: 'held', confirmedAt: null });
    const next = planner.planNext(resumed, 11_000, config, 0);
    expect(next.plan).toEqual({ task: 'head', page: 1 });
    const checked = planner.pageRead(next.state, next.plan as never, got(ids(0, 100), 0), 11_500);
    expect(checked.history).toMatchObject({ kind: 'held', confirmedAt: 11_500 });
    // An upstream that does not answer leaves what is held served as it is.
    const failed = planner.pageFailed(next.state, next.plan as never, 12_000);
    expect(failed.history).toMatchObject({ kind: 'held', confirmedAt: 12_000 });
  });

  it('goes on reading the head until a page holds an order held before the check', () => {
    let state = heldHistory(3);
    const plan = { task: 'head' as const, page: 1 };
    state = planner.pageRead(state, plan, got(ids(0, 100), 100), 40_000);
    expect(planner.planNext(state, 40_000, config, 0).plan).toEqual({ task: 'head', page: 2 });
    // 5 more arrived meanwhile: page 2 repeats 5 of page 1 and brings 95 new ones, so the news goes on.
    state = planner.pageRead(state, { task: 'head', page: 2 }, got(ids(95, 100), 95), 40_000);
    expect(planner.planNext(state, 40_000, config, 0).plan).toEqual({ task: 'head', page: 3 });
    state = planner.pageRead(state, { task: 'head', page: 3 }, got(ids(195, 100), 3), 41_000);
    expect(state.head).toBeNull();
    expect(state.headCheckedAt).toBe(41_000);
  });

  it('repairs only the boundaries where a later page answered first and the two share no order', () => {
    const mark = (answer: number, first: number, overlapsPrevious = false) => ({
      answer,
      first: `o${first}`,
      last: `o${first + 99}`,
      overlapsPrevious,
    });
    const marks = {
      1: mark(0, 0),
      2: mark(2, 100),
      3: mark(1, 200), // answered before page 2: a gap may hide between 2 and 3
      4: mark(4, 300),
      5: mark(3, 398, true), // answered first but overlapping page 4: nothing missed
      6: mark(5, 500),
    };
    expect(planner.gapsToRepair(marks, 6)).toEqual([{ page: 3, anchor: 'o200', steps: 0 }]);
  });

  it('closes the pass with a head check, then reads each repair on until its anchor shows', () => {
    const gaps = [{ page: 3, anchor: 'o200', steps: 0 }];
    let state: planner.PlanState = {
      ...planner.initialPlan(100),
      pageSize: 100,
      history: { kind: 'closing', shifted: true, gaps },
    };
    expect(planner.planNext(state, 0, config, 0).plan).toEqual({ task: 'head', page: 1 });
    state = planner.pageRead(state, { task: 'head', page: 1 }, got(ids(0, 100), 0), 7);
    expect(state.history.kind).toBe('closing');
    expect(planner.planNext(state, 7, config, 0).plan).toEqual({ task: 'repair', page: 3 });
    state = planner.pageRead(state, { task: 'repair', page: 3 }, got(ids(100, 100), 5), 8);
    expect(state.repair).toEqual([{ page: 4, anchor: 'o200', steps: 1 }]);
    state = planner.pageRead(state, { task: 'repair', page: 4 }, got(ids(150, 100), 0), 9);
    expect(state.repair).toEqual([]);
    expect(state.history).toEqual({ kind: 'held', sweepNext: 1, sweepStartedAt: 7 });
  });

  it('skips the repairs when no order arrived at the head while paging, and not when the last check finds some', () => {
    const gaps = [{ page: 3, anchor: 'o200', steps: 0 }];
    const closing: planner.PlanState = {
      ...planner.initialPlan(100),
      pageSize: 100,
      history: { kind: 'closing', shifted: false, gaps },
    };
    const calm = planner.pageRead(closing, { task: 'head', page: 1 }, got(ids(0, 100), 0), 7);
    expect(calm.repair).toEqual([]);
    expect(calm.history.kind).toBe('held');
    const busy = planner.pageRead(closing, { task: 'head', page: 1 }, got(ids(0, 100), 2), 7);
    expect(busy.repair).toEqual(gaps);
    expect(busy.history.kind).toBe('closing');
  });

  it('remembers that a head check found new orders while the first pass paged', () => {
    let state: planner.PlanState = { ...planner.initialPlan(100), pageSize: 100 };
    state = planner.pageRead(state, { task: 'first-pass', page: 1 }, got(ids(0, 100), 100), 0);
    state = planner.pageRead(state, { task: 'head', page: 1 }, got(ids(0, 100), 0), 1);
    expect(state.history).toMatchObject({ kind: 'first-pass', shifted: false });
    state = planner.pageRead(state, { task: 'head', page: 1 }, got(ids(0, 100), 3), 2);
    expect(state.history).toMatchObject({ kind: 'first-pass', shifted: true });
  });

  it('asks a failed first-pass page again, and again after a restart for pages that were in flight', () => {
    let state: planner.PlanState = { ...planner.initialPlan(100), pageSize: 100, headCheckedAt: 0 };
    const first = planner.planNext(state, 0, config, 0);
    const second = planner.planNext(first.state, 0, config, 1);
    state = planner.pageFailed(second.state, first.plan as never, 0);
    expect(planner.planNext(state, 0, config, 1).plan).toEqual({ task: 'first-pass', page: 1 });
    const resumed = planner.resumedPlan(second.state);
    expect(planner.planNext(resumed, 0, config, 0).plan).toEqual({ task: 'first-pass', page: 1 });
  });
});
