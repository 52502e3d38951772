import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { MirrorStore, StoredOrder } from './store.ts';
import { testBackends } from './test-postgres.ts';
import { readChanges } from './testing/changes.ts';

const backends = await testBackends<MirrorStore>({
  sqlite: openSqliteStore,
  postgres: openPostgresStore,
});

const order = (id: string, status: string, createdAtMs: number, note = ''): StoredOrder => ({
  id,
  status,
  createdAtMs,
  body: JSON.stringify({ id, status, note }),
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(
    `mirror store on ${backend.name}${backend.skip ? ` (${backend.skip})` : ''}`,
    () => {
      let open: () => Promise<MirrorStore>;
      let teardown: () => Promise<void>;
      const opened: MirrorStore[] = [];
      const fresh = async () => {
        const store = await open();
        opened.push(store);
        return store;
      };

      beforeAll(async () => {
        ({ open, teardown } = await backend.setup());
      });
      afterAll(async () => {
        for (const store of opened) await store.close().catch(() => undefined);
        await teardown?.();
      });

      it('creates an upstream once, with an epoch that survives a reopen, and keeps its plan', async () => {
        const store = await fresh();
        const first = await store.upstream('up-a', 1);
        expect(first).toMatchObject({ latest: 0, plan: null });
        await store.savePlan('up-a', '{"page":3}');
        const again = await (await fresh()).upstream('up-a', 1);
        expect(again).toEqual({ epoch: first.epoch, latest: 0, plan: '{"page":3}', spent: null });
        expect((await store.upstream('up-b', 1)).epoch).not.toBe(first.epoch);
      });

      it('keeps the shop’s last upstream request start for the next leader, never moving it back', async () => {
        const store = await fresh();
        await store.upstream('up-spend', 1);
        await store.spend('up-spend', { at: 5000, rpm: 12.5 });
        // A start written late by a slower write is older than the one already kept.
        await store.spend('up-spend', { at: 4000, rpm: 12.5 });
        const heir = await (await fresh()).upstream('up-spend', 6000);
        expect(heir.spent).toEqual({ at: 5000, rpm: 12.5 });
        await store.spend('up-spend', { at: 7000, rpm: null });
        expect((await store.upstream('up-spend', 8000)).spent).toEqual({ at: 7000, rpm: null });
      });

      it('numbers new and changed orders, keeps unchanged ones, and serves changes since a cursor', async () => {
        const store = await fresh();
        await store.upstream('up-c', 1);
        const added = await store.applyPage(
          'up-c',
          [order('1', 'pending', 1000), order('2', 'delivered', 2000)],
          10,
        );
        expect(added).toEqual({ added: 2, changed: 0, latest: 2 });
        const again = await store.applyPage(
          'up-c',
          [order('1', 'paid', 1000), order('2', 'delivered', 2000)],
          20,
        );
        expect(again).toEqual({ added: 0, changed: 1, latest: 3 });

        const all = await readChanges(store, 'up-c', 0, 10);
        expect(all.bodies.map((b) => JSON.parse(b) as { id: string; status: string })).toEqual([
          { id: '2', status: 'delivered', note: '' },
          { id: '1', status: 'paid', note: '' },
        ]);
        expect(all).toMatchObject({ cursor: 3, latest: 3 });
        expect(await readChanges(store, 'up-c', 3, 10)).toEqual({
          bodies: [],
          removed: [],
          cursor: 3,
          latest: 3,
        });
        expect(await readChanges(store, 'up-c', 0, 1)).toMatchObject({ cursor: 2, latest: 3 });

        expect(await store.order('up-c', '2')).toEqual({
          body: order('2', 'delivered', 2000).body,
          verifiedAt: 20,
          seq: 2,
        });
        expect(await store.order('up-c', 'nope')).toBeNull();
      });

      it('serves an answer of many slices whole, and an order changed while it is read in the next one', async () => {
        const store = await fresh();
        await store.upstream('up-s', 1);
        const ids = Array.from({ length: 3500 }, (_, i) => `o${i}`);
        await store.applyPage(
          'up-s',
          ids.map((id) => order(id, 'pending', 1000)),
          10,
        );
        const range = await store.changes('up-s', 0, 3200);
        expect(range).toMatchObject({ cursor: 3200, latest: 3500, removed: [] });
        const read: string[] = [];
        for await (const slice of range.bodies()) {
          // After the first slice, an order further on in this answer changes upstream.
          if (read.length === 0) await store.applyPage('up-s', [order('o2500', 'paid', 1000)], 20);
          read.push(...slice.map((b) => (JSON.parse(b) as { id: string }).id));
        }
        expect(read).toEqual(ids.slice(0, 3200).filter((id) => id !== 'o2500'));
        const next = await readChanges(store, 'up-s', range.cursor, 5000);
        expect(next.bodies.map((b) => JSON.parse(b) as { id: string; status: string })).toEqual([
          ...ids.slice(3200).map((id) => ({ id, status: 'pending', note: '' })),
          { id: 'o2500', status: 'paid', note: '' },
        ]);
        expect(next).toMatchObject({ cursor: 3501, latest: 3501 });
      });

      it('drops orders not verified since a time as numbered changes, and holds one again when it is listed', async () => {
        const store = await fresh();
        await store.upstream('up-gone', 1);
        const [one, two, three] = [
          order('1', 'delivered', 1000),
          order('2', 'pending', 2000),
          order('3', 'paid', 3000),
        ];
        await store.applyPage('up-gone', [one, two, three], 10);
        await store.applyPage('up-gone', [one], 50);
        expect(await store.removeUnverified('up-gone', 20)).toEqual({ removed: 2, latest: 5 });
        expect(await store.summary('up-gone')).toEqual({
          held: 1,
          openVerifiedAt: null,
          oldestVerifiedAt: 50,
        });
        expect(await store.order('up-gone', '2')).toBeNull();
        expect(await store.openPages('up-gone', 100, true)).toEqual([]);
        // Removals and changes in one sequence: a limit counts both, the cursor is the last one given.
        expect(await readChanges(store, 'up-gone', 0, 2)).toEqual({
          bodies: [one.body],
          removed: ['2'],
          cursor: 4,
          latest: 5,
        });
        expect(await readChanges(store, 'up-gone', 4, 10)).toEqual({
          bodies: [],
          removed: ['3'],
          cursor: 5,
          latest: 5,
        });
        expect(await store.removeUnverified('up-gone', 20)).toEqual({ removed: 0, latest: 5 });

        expect(await store.applyPage('up-gone', [two], 60)).toEqual({ added: 1, changed: 0, latest: 6 });
        expect((await store.summary('up-gone')).held).toBe(2);
        expect(await readChanges(store, 'up-gone', 5, 10)).toEqual({
          bodies: [two.body],
          removed: [],
          cursor: 6,
          latest: 6,
        });
      });

      it('summarises what it holds and finds the pages with open orders, newest first', async () => {
        const store = await fresh();
        await store.upstream('up-d', 1);
        expect(await store.summary('up-d')).toEqual({
          held: 0,
          openVerifiedAt: null,
          oldestVerifiedAt: null,
        });
        const orders = [5, 4, 3, 2, 1].map((n) =>
          order(String(n), n === 4 || n === 1 ? 'pending' : 'delivered', n * 1000),
        );
        await store.applyPage('up-d', orders.slice(0, 2), 50);
        await store.applyPage('up-d', orders.slice(2), 40);
        expect(await store.summary('up-d')).toEqual({ held: 5, openVerifiedAt: 40, oldestVerifiedAt: 40 });
        // Newest first (5 … 1): 4 is on page 1 and 1 on page 3; 4 ends its page, so a new order would push it
        // onto page 2.
        expect(await store.openPages('up-d', 2, true)).toEqual([1, 2, 3]);
        // Oldest first (1 … 5): 4 is on page 2, 1 on page 1; the newest orders' page comes first.
        expect(await store.openPages('up-d', 2, false)).toEqual([2, 1]);
        expect(await store.openPages('up-d', 0, true)).toEqual([]);
      });

      it('counts the oldest verification over closed orders too, and re-verifies unchanged ones', async () => {
        const store = await fresh();
        await store.upstream('up-h', 1);
        await store.applyPage('up-h', [order('1', 'delivered', 1000), order('2', 'cancelled', 900)], 10);
        await store.applyPage('up-h', [order('3', 'pending', 800)], 30);
        expect(await store.summary('up-h')).toEqual({ held: 3, openVerifiedAt: 30, oldestVerifiedAt: 10 });
        const again = await store.applyPage('up-h', [order('1', 'delivered', 1000)], 50);
        expect(again).toEqual({ added: 0, changed: 0, latest: 3 });
        expect(await store.summary('up-h')).toEqual({ held: 3, openVerifiedAt: 30, oldestVerifiedAt: 10 });
        expect(await store.order('up-h', '1')).toMatchObject({ verifiedAt: 50, seq: 1 });
      });

      it('writes an order listed twice in one page once, at its last state', async () => {
        const store = await fresh();
        await store.upstream('up-i', 1);
        const applied = await store.applyPage(
          'up-i',
          [order('1', 'pending', 1000), order('2', 'paid', 900), order('1', 'paid', 1000)],
          10,
        );
        expect(applied).toEqual({ added: 2, changed: 0, latest: 2 });
        const rows = await readChanges(store, 'up-i', 0, 10);
        expect(rows.bodies.map((b) => JSON.parse(b) as { id: string; status: string })).toEqual([
          { id: '1', status: 'paid', note: '' },
          { id: '2', status: 'paid', note: '' },
        ]);
        expect(await store.summary('up-i')).toMatchObject({ held: 2 });
      });

      it('keeps every upstream apart', async () => {
        const store = await fresh();
        await store.upstream('up-e', 1);
        await store.upstream('up-f', 1);
        await store.applyPage('up-e', [order('1', 'paid', 1)], 1);
        expect(await readChanges(store, 'up-f', 0, 10)).toEqual({
          bodies: [],
          removed: [],
          cursor: 0,
          latest: 0,
        });
        await store.removeUnverified('up-f', 100);
        expect((await store.summary('up-e')).held).toBe(1);
        expect(await store.order('up-f', '1')).toBeNull();
      });

      it('forgets other upstreams unused since a time, and only those', async () => {
        const store = await fresh();
        const old = await store.upstream('up-old', 100);
        await store.applyPage('up-old', [order('1', 'paid', 1)], 1);
        await store.upstream('up-recent', 300);
        await store.upstream('up-now', 500);
        await store.forgetOthers('up-now', 200);
        expect(await store.order('up-old', '1')).toBeNull();
        expect((await store.upstream('up-old', 600)).epoch).not.toBe(old.epoch);
        expect(await store.summary('up-recent')).toMatchObject({ held: 0 });
        expect((await store.upstream('up-recent', 600)).latest).toBe(0);
      });

      it('loses and repeats no change when pages are written at once, and resumes its cursor after a restart', async () => {
        const store = await fresh();
        await store.upstream('up-g', 1);
        const pages = Array.from({ length: 10 }, (_, p) =>
          Array.from({ length: 20 }, (_, i) => order(`${p}-${i}`, 'paid', p * 100 + i)),
        );
        await Promise.all(pages.map((page) => store.applyPage('up-g', page, 1)));
        const restarted = await fresh();
        const seen: string[] = [];
        for (let cursor = 0, more = true; more;) {
          const rows = await readChanges(restarted, 'up-g', cursor, 33);
          seen.push(...rows.bodies.map((b) => (JSON.parse(b) as { id: string }).id));
          more = rows.cursor < rows.latest;
          cursor = rows.cursor;
        }
        expect(seen).toHaveLength(200);
        expect(new Set(seen).size).toBe(200);
        expect((await restarted.upstream('up-g', 1)).latest).toBe(200);
      });

      it('counts an order once when two pages holding it are written at once', async () => {
        const store = await fresh();
        await store.upstream('up-k', 1);
        // Inserts upstream shift a list being paged: each page repeats the last five orders of the one before.
        const pages = Array.from({ length: 16 }, (_, p) =>
          Array.from({ length: 20 }, (_, i) => order(`${p * 15 + i}`, 'paid', p * 15 + i)),
        );
        const results = await Promise.all(pages.map((page) => store.applyPage('up-k', page, 1)));
        expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(16 * 15 + 5);
        expect(await store.summary('up-k')).toMatchObject({ held: 16 * 15 + 5 });
      });

      it('gives two connections writing at once disjoint sequence numbers, losing and repeating none', async () => {
        const [one, two] = [await fresh(), await fresh()];
        await one.upstream('up-j', 1);
        const pages = Array.from({ length: 12 }, (_, p) =>
          Array.from({ length: 25 }, (_, i) => order(`${p}-${i}`, 'pending', p * 100 + i)),
        );
        const results = await Promise.all(
          pages.map((page, p) => (p % 2 === 0 ? one : two).applyPage('up-j', page, 1)),
        );
        const ends = results.map((r) => r.latest).sort((a, b) => a - b);
        expect(ends).toEqual(Array.from({ length: 12 }, (_, p) => (p + 1) * 25));
        const rows = await readChanges(one, 'up-j', 0, 1000);
        const ids = rows.bodies.map((b) => (JSON.parse(b) as { id: string }).id);
        expect(new Set(ids).size).toBe(300);
        expect(rows).toMatchObject({ cursor: 300, latest: 300 });
        expect(await two.summary('up-j')).toMatchObject({ held: 300 });
      });
    },
  );
}
