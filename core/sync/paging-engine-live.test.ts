import { afterEach, describe, expect, it, vi } from 'vitest';
import { PagingSession } from './paging-engine.ts';
import { FakeUpstream } from './testing/fake-upstream.ts';

type Hook = (page: number) => Promise<void> | void;

/** The fake upstream behind a fetch that can hold a request back before it is served, and act after. */
function liveSetup(count: number, before: Hook, after: Hook = () => {}) {
  const upstream = new FakeUpstream({ count });
  const inner = upstream.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const page = Number(new URL(String(input), 'http://localhost').searchParams.get('page'));
    await before(page);
    const response = await inner(input, init);
    await after(page);
    return response;
  });
  const original = upstream.orders.map((o) => o.id);
  const session = new PagingSession({ maxWindow: 4 });
  const phases = new Set<boolean>();
  const run = () =>
    session.run(upstream.deps(), new AbortController().signal, () => phases.add(session.repairing));
  return { upstream, session, original, phases, run };
}

/** Every order that existed at the start is held, none twice, and only the newest may be missing. */
function expectNothingMissed(session: PagingSession, upstream: FakeUpstream, original: string[]) {
  const held = session.collection.snapshot().map((o) => o.id);
  const set = new Set(held);
  expect(set.size).toBe(held.length);
  expect(original.filter((id) => !set.has(id))).toEqual([]);
  const newest = upstream.orders.map((o) => o.id);
  expect(new Set(newest.slice(newest.length - held.length))).toEqual(set);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

// Thirty seeded runs of a 1,000-order sync: seconds of work, longer than the default timeout on a busy machine.
describe('paging engine under live inserts with pages in flight', { timeout: 30_000 }, () => {
  it('finds the orders a gap between parallel pages hid, even when later inserts hide the shortfall', async () => {
    let release = () => {};
    const pageFourServed = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    let burst = false;
    const { upstream, session, original, phases, run } = liveSetup(
      1000,
      async (page) => {
        if (page !== 3 || held) return;
        held = true;
        await pageFourServed;
        upstream.insert(30);
      },
      (page) => {
        if (page === 4) release();
        // Many orders right after the end page: the held count passes the end page's total despite the gap.
        if (page >= 11 && !burst) {
          burst = true;
          upstream.insert(50);
        }
      },
    );
    await run();
    expectNothingMissed(session, upstream, original);
    expect(upstream.orders.length).toBe(1080);
    expect(phases.has(true)).toBe(true);
    expect(session.repairing).toBe(false);
    // 11 pages, a sweep that stops at the first page read one at a time (page 6), then page 1 again.
    expect(upstream.requests.map((r) => r.page).slice(11)).toEqual([1, 2, 3, 4, 5, 6, 1]);
  });

  it('spends no extra requests when nothing arrives during the sync', async () => {
    const { upstream, session, original, phases, run } = liveSetup(1000, tick);
    await run();
    expectNothingMissed(session, upstream, original);
    expect(session.requests).toBeLessThanOrEqual(11 + 3);
    expect(phases.has(true)).toBe(false);
  });

  it('misses no order whatever order the pages are served in while orders keep arriving', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = mulberry32(seed);
      const { upstream, session, original, run } = liveSetup(1500, async () => {
        const ticks = Math.floor(random() * 4);
        for (let i = 0; i < ticks; i++) await tick();
        if (random() < 0.5) upstream.insert(1 + Math.floor(random() * 15));
      });
      await run();
      expectNothingMissed(session, upstream, original);
      // 16 pages read; a sweep of every page again would pass 32.
      expect(session.requests).toBeLessThanOrEqual(32);
    }
  });
});
