import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';
import type { MirrorStore, StoredOrder } from './store.ts';
import { readChanges } from './testing/changes.ts';

const U = 'up-1';
const order = (n: number, status = 'paid'): StoredOrder => ({
  id: `o${n}`,
  status,
  createdAtMs: n * 1000,
  body: JSON.stringify({ id: `o${n}`, order_status: status }),
});

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mirror-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'mirror.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every change since `since`, as (id, status) pairs, paging `limit` at a time like a browser would. */
async function replay(store: MirrorStore, since = 0, limit = 3) {
  const seen: string[] = [];
  let cursor = since;
  for (;;) {
    const rows = await readChanges(store, U, cursor, limit);
    for (const body of rows.bodies) {
      const o = JSON.parse(body) as { id: string; order_status: string };
      seen.push(`${o.id}:${o.order_status}`);
    }
    cursor = rows.cursor;
    if (cursor >= rows.latest) return { seen, cursor };
  }
}

describe('SQLite mirror store', () => {
  it('numbers inserts and changes, not unchanged re-verification', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upstream(U, 1);
    expect(await store.applyPage(U, [order(1), order(2)], 10)).toEqual({ added: 2, changed: 0, latest: 2 });
    expect(await store.applyPage(U, [order(1), order(2)], 20)).toEqual({ added: 0, changed: 0, latest: 2 });
    expect(await store.applyPage(U, [order(2, 'shipped'), order(3)], 30)).toEqual({
      added: 1,
      changed: 1,
      latest: 4,
    });
    expect(await replay(store)).toEqual({ seen: ['o1:paid', 'o2:shipped', 'o3:paid'], cursor: 4 });
    expect(await replay(store, 2)).toEqual({ seen: ['o2:shipped', 'o3:paid'], cursor: 4 });
    expect(await store.order(U, 'o1')).toEqual({ body: order(1).body, verifiedAt: 20, seq: 1 });
    expect(await store.summary(U)).toEqual({ held: 3, openVerifiedAt: 20, oldestVerifiedAt: 20 });
    await store.close();
  });

  it('loses and repeats no change across concurrent writes', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upstream(U, 1);
    const statuses = ['paid', 'processing', 'shipped', 'delivered'];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.applyPage(U, [order(i % 10, statuses[i % 4]), order(100 + i)], i),
      ),
    );
    const { seen, cursor } = await replay(store, 0, 7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((s) => s.startsWith('o1')).length).toBeGreaterThan(0);
    expect(seen.length).toBe(50);
    expect(cursor).toBe((await store.upstream(U, 1)).latest);
    await store.close();
  });

  it('commits pages marked `more` with the page after them, a failing page rolled back alone', async () => {
    const path = tempFile();
    const store = await openSqliteStore(path);
    await store.upstream(U, 1);
    const reader = new Database(path, { readonly: true });
    const committed = () => reader.prepare('select count(*) as n from mirror_orders').pluck().get();
    const first = store.applyPage(U, [order(1), order(2)], 10, true);
    const broken = store.applyPage(U, [order(3), { ...order(4), body: null as unknown as string }], 10, true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(committed()).toBe(0);
    const last = store.applyPage(U, [order(5)], 10);
    expect(await first).toEqual({ added: 2, changed: 0, latest: 2 });
    await expect(broken).rejects.toThrow(/NOT NULL/);
    expect(await last).toEqual({ added: 1, changed: 0, latest: 3 });
    expect(committed()).toBe(3);
    expect(await replay(store)).toEqual({ seen: ['o1:paid', 'o2:paid', 'o5:paid'], cursor: 3 });
    // With nothing after it, a page marked `more` is still written soon.
    expect(await store.applyPage(U, [order(6)], 20, true)).toEqual({ added: 1, changed: 0, latest: 4 });
    reader.close();
    await store.close();
  });

  it('keeps orders, cursor, epoch and plan across a restart, and migrates once', async () => {
    const path = tempFile();
    let store = await openSqliteStore(path);
    const { epoch } = await store.upstream(U, 1);
    await store.applyPage(U, [order(1), order(2)], 10);
    await store.savePlan(U, '{"x":1}');
    const before = await replay(store);
    await store.close();
    store = await openSqliteStore(path);
    expect(await store.upstream(U, 1)).toEqual({ epoch, latest: 2, plan: '{"x":1}', spent: null });
    await store.applyPage(U, [order(2, 'delivered')], 20);
    const after = await replay(store, before.cursor);
    expect(after).toEqual({ seen: ['o2:delivered'], cursor: 3 });
    // A page of one: its open order would be on the next page after one new order.
    expect(await store.openPages(U, 1, true)).toEqual([2, 3]);
    await store.close();
  });

  it('keeps two upstreams apart, each with its own epoch', async () => {
    const store = await openSqliteStore(':memory:');
    const a = await store.upstream('a', 1);
    const b = await store.upstream('b', 1);
    expect(a.epoch).not.toBe(b.epoch);
    await store.applyPage('a', [order(1)], 1);
    expect((await readChanges(store, 'b', 0, 10)).bodies).toEqual([]);
    await store.close();
  });

  it('drops the mirror of another upstream once it has gone unused long enough', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upstream('old', 10);
    await store.applyPage('old', [order(1)], 10);
    await store.upstream('recent', 90);
    await store.applyPage('recent', [order(2)], 90);
    await store.upstream('current', 100);
    await store.forgetOthers('current', 50);
    expect((await store.summary('old')).held).toBe(0);
    expect((await store.summary('recent')).held).toBe(1);
    expect((await store.upstream('old', 100)).latest).toBe(0);
    await store.close();
  });

  it('finds the pages of open orders in the newest-first list', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upstream(U, 1);
    const orders = Array.from({ length: 10 }, (_, i) =>
      order(i + 1, i === 0 || i === 6 ? 'pending' : 'delivered'),
    );
    await store.applyPage(U, orders, 1);
    // Newest first: o10 … o1; o7 is 4th (page 2 at 3 a page), o1 is 10th (page 4).
    expect(await store.openPages(U, 3, true)).toEqual([2, 4]);
    await store.close();
  });

  it('says clearly when the file is not a database', async () => {
    const path = tempFile();
    await openSqliteStore(path).then((s) => s.close());
    writeFileSync(path, 'these are not the orders you are looking for'.repeat(200));
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    await expect(openSqliteStore(path)).rejects.toThrow(
      /The mirror database .*mirror\.sqlite is not a readable SQLite database.*MIRROR_DB/,
    );
  });

  it('says clearly when another process holds the file locked', async () => {
    const path = tempFile();
    await openSqliteStore(path).then((s) => s.close());
    const other = new Database(path);
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(openSqliteStore(path)).rejects.toThrow(/is locked by another process/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
