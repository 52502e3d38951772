import { setImmediate as tick } from 'node:timers/promises';
import { fetchOrdersPage } from '../../../core/orders/orders-page.ts';
import { FakeUpstream, type FakeUpstreamOptions } from '../../../core/sync/testing/fake-upstream.ts';
import { MirrorScheduler, type SchedulerConfig } from '../scheduler.ts';
import { openSqliteStore } from '../sqlite-store.ts';
import type { MirrorStore } from '../store.ts';
import { readChanges } from './changes.ts';

export const UPSTREAM_ID = 'fake-1';

/** A scheduler over the fake upstream and its virtual clock: `runFor` plays minutes or days in milliseconds. */
export async function fakeMirror(
  options: FakeUpstreamOptions,
  config: Partial<SchedulerConfig> = {},
  store?: MirrorStore,
) {
  const upstream = new FakeUpstream(options);
  const db = store ?? (await openSqliteStore(':memory:'));
  const starts: { at: number; page: number }[] = [];
  let stopAt = Infinity;
  let stopWhen: () => boolean = () => false;
  /** Pages whose next request is held back this many turns of the event loop (answered out of order). */
  const slowPages = new Map<number, number>();
  let stop = new AbortController();
  const saved = await db.upstream(UPSTREAM_ID, upstream.clock);
  const scheduler = new MirrorScheduler(
    {
      now: () => upstream.clock,
      sleep: async (ms, signal) => {
        if (signal.aborted) throw new Error('aborted');
        if (stopWhen()) stop.abort();
        upstream.clock = Math.min(upstream.clock + ms, Math.max(stopAt, upstream.clock));
        if (upstream.clock >= stopAt) stop.abort();
        await tick();
      },
      fetchPage: async (page, limit, signal) => {
        if (stopWhen() || upstream.clock >= stopAt) {
          stop.abort();
          throw new Error('stopped');
        }
        starts.push({ at: upstream.clock, page });
        const turns = slowPages.get(page) ?? 0;
        slowPages.delete(page);
        for (let i = 0; i < turns; i++) await tick();
        return fetchOrdersPage('', page, limit, { signal }, upstream.fetch);
      },
      store: db,
      upstreamId: UPSTREAM_ID,
    },
    { rpm: null, headMs: 30_000, sweepMs: 6 * 3_600_000, ...config },
    { ...saved, held: (await db.summary(UPSTREAM_ID)).held },
  );
  return {
    upstream,
    store: db,
    scheduler,
    starts,
    slowPages,
    /** Runs the scheduler for `ms` of virtual time (or until it stops by itself). */
    async runFor(ms: number) {
      stop = new AbortController();
      stopAt = upstream.clock + ms;
      await scheduler.run(stop.signal);
    },
    /** Runs until `done()` holds (checked before every request and every wait), at most `maxMs`. */
    async runUntil(done: () => boolean, maxMs = 24 * 3_600_000) {
      stop = new AbortController();
      stopAt = upstream.clock + maxMs;
      stopWhen = done;
      await scheduler.run(stop.signal);
      stopWhen = () => false;
    },
    held: async () => (await db.summary(UPSTREAM_ID)).held,
    heldIds: async () => {
      const rows = await readChanges(db, UPSTREAM_ID, 0, 1_000_000);
      return rows.bodies.map((b) => (JSON.parse(b) as { id: string }).id);
    },
  };
}
