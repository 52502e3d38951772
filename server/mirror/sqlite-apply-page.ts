import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { MirrorDb } from './kysely-store.ts';
import type { ApplyResult, MirrorStore, StoredOrder } from './store.ts';
import { isOpenStatus } from '../../core/orders/open-status.ts';

type Row = { body: string };
type Latest = { latest: number };

/** The longest a page marked `more` waits for the pages after it. */
const HOLD_MS = 50;

/**
 * `applyPage` for SQLite as prepared statements, reused for every page: the cold sync writes 1,000 pages of
 * 100 orders, and Kysely compiling and preparing each query per page was most of the mirror's own cost. The
 * semantics are `kyselyStore`'s (the store contract suite runs both); everything else stays on Kysely.
 */
export function sqliteApplyPage(db: Kysely<MirrorDb>, database: Database.Database): MirrorStore['applyPage'] {
  const held = database.prepare<[string, string], Row>(
    'select body from mirror_orders where upstream_id = ? and id = ?',
  );
  const latest = database.prepare<[string], Latest>(
    'select latest from mirror_upstream where upstream_id = ?',
  );
  const bump = database.prepare<[number, number, string], Latest>(
    `update mirror_upstream set latest = latest + ?,
       held = coalesce(held, (select count(*) from mirror_orders where upstream_id = mirror_upstream.upstream_id)) + ?
     where upstream_id = ? returning latest`,
  );
  const write = database.prepare<[string, string, number, string, number, number | null, number, string]>(
    `insert into mirror_orders (upstream_id, id, seq, status, open, created_at_ms, verified_at, body)
     values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (upstream_id, id) do update set seq = excluded.seq, status = excluded.status,
       open = excluded.open, created_at_ms = excluded.created_at_ms, verified_at = excluded.verified_at,
       body = excluded.body`,
  );
  const verify = database.prepare<[number, string, string]>(
    'update mirror_orders set verified_at = ? where upstream_id = ? and id = ?',
  );

  // Immediate: the write lock is taken before the reads, so concurrent writers get disjoint sequence numbers.
  const apply = database.transaction((upstreamId: string, orders: readonly StoredOrder[], at: number) => {
    const byId = new Map(orders.map((o) => [o.id, o]));
    if (byId.size === 0) return { added: 0, changed: 0, latest: Number(latest.get(upstreamId)?.latest ?? 0) };
    const written: StoredOrder[] = [];
    const unchanged: string[] = [];
    let added = 0;
    for (const order of byId.values()) {
      const before = held.get(upstreamId, order.id);
      if (before?.body === order.body) unchanged.push(order.id);
      else {
        written.push(order);
        if (!before) added++;
      }
    }
    const bumped = bump.get(written.length, added, upstreamId);
    if (!bumped) throw new Error(`No mirror row for upstream ${upstreamId}`);
    const last = Number(bumped.latest);
    let seq = last - written.length + 1;
    for (const o of written) {
      const open = isOpenStatus(o.status) ? 1 : 0;
      write.run(upstreamId, o.id, seq++, o.status, open, o.createdAtMs, at, o.body);
    }
    for (const id of unchanged) verify.run(at, upstreamId, id);
    return { added, changed: written.length - added, latest: last };
  });

  type Waiting = {
    args: [upstreamId: string, orders: readonly StoredOrder[], at: number];
    resolve: (result: ApplyResult) => void;
    reject: (error: unknown) => void;
  };
  // Each page a savepoint of one transaction: a page that fails rolls back alone, and the batch commits once.
  const applyAll = database.transaction((batch: readonly Waiting[]) =>
    batch.map(({ args }) => {
      try {
        return { ok: true as const, result: apply(...args) };
      } catch (error) {
        return { ok: false as const, error };
      }
    }),
  );
  let waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = waiting;
    waiting = [];
    // Through Kysely's connection: its transactions hold the one connection, so this never lands inside one.
    db.connection()
      .execute(async () => applyAll.immediate(batch))
      .then(
        (results) =>
          results.forEach((r, i) => (r.ok ? batch[i]!.resolve(r.result) : batch[i]!.reject(r.error))),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      );
  }

  // A commit writes out every index page it touched, and the id index is touched at random: one page of
  // 100 orders dirties ~100 of its pages, thirty pages not many more. So a page that others follow at once
  // waits (at most HOLD_MS) to be committed with them: a cold sync of 100,000 then takes 0.6× as long.
  return (upstreamId, orders, verifiedAt, more = false) =>
    new Promise<ApplyResult>((resolve, reject) => {
      waiting.push({ args: [upstreamId, orders, verifiedAt], resolve, reject });
      if (!more) flush();
      else timer ??= setTimeout(flush, HOLD_MS);
    });
}
