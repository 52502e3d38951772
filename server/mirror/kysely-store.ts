import { randomUUID } from 'node:crypto';
import { sql, type Generated, type Kysely } from 'kysely';
import { kyselySavedViews, type SavedViewsTable } from './saved-views-db.ts';
import type { ApplyResult, ChangeRows, MirrorStore, StoredOrder, StoreSummary } from './store.ts';
import { isOpenStatus } from '../../core/orders/open-status.ts';

export type MirrorDb = {
  mirror_upstream: {
    upstream_id: string;
    epoch: string;
    latest: Generated<number>;
    plan: string | null;
    used_at: number | null;
    /** Orders held, kept with every write so the status never counts 100,000 rows. */
    held: number | null;
    /** The shop's last upstream request start and the budget then (see budget.ts). */
    spent_at: number | null;
    spent_rpm: number | null;
  };
  mirror_orders: {
    upstream_id: string;
    id: string;
    seq: number;
    status: string;
    open: number;
    created_at_ms: number | null;
    verified_at: number;
    body: string;
  };
  mirror_removed: { upstream_id: string; id: string; seq: number };
  mirror_saved_views: SavedViewsTable;
};

const num = (value: unknown): number => Number(value);
const maybeNum = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Orders read per query of a `changes` answer: about 1 MB, a few milliseconds of the server's thread. */
const BODY_SLICE = 1_000;

/** The served JSON of the orders with a sequence number in (after, upTo], in order, a slice at a time. */
async function* bodiesBetween(
  db: Kysely<MirrorDb>,
  upstreamId: string,
  after: number,
  upTo: number,
): AsyncGenerator<string[]> {
  let from = after;
  while (from < upTo) {
    const rows = await db
      .selectFrom('mirror_orders')
      .select(['seq', 'body'])
      .where('upstream_id', '=', upstreamId)
      .where('seq', '>', from)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(BODY_SLICE)
      .execute();
    if (rows.length > 0) yield rows.map((row) => row.body);
    if (rows.length < BODY_SLICE) return;
    from = num(rows.at(-1)!.seq);
    // SQLite answers on this thread: other requests (and the sync's writes) run between slices.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The store over any Kysely dialect (SQLite here; PostgreSQL speaks the same queries). */
export function kyselyStore(db: Kysely<MirrorDb>): MirrorStore {
  return {
    ...kyselySavedViews(db),

    async upstream(upstreamId, now) {
      await db
        .insertInto('mirror_upstream')
        .values({ upstream_id: upstreamId, epoch: randomUUID(), plan: null, used_at: now })
        .onConflict((oc) => oc.column('upstream_id').doUpdateSet({ used_at: now }))
        .execute();
      const row = await db
        .selectFrom('mirror_upstream')
        .select(['epoch', 'latest', 'plan', 'spent_at', 'spent_rpm'])
        .where('upstream_id', '=', upstreamId)
        .executeTakeFirstOrThrow();
      const spent = row.spent_at === null ? null : { at: num(row.spent_at), rpm: maybeNum(row.spent_rpm) };
      return { epoch: row.epoch, latest: num(row.latest), plan: row.plan, spent };
    },

    async forgetOthers(upstreamId, before) {
      const stale = db
        .selectFrom('mirror_upstream')
        .select('upstream_id')
        .where('upstream_id', '!=', upstreamId)
        .where((eb) => eb.or([eb('used_at', 'is', null), eb('used_at', '<', before)]));
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('mirror_orders').where('upstream_id', 'in', stale).execute();
        await trx.deleteFrom('mirror_removed').where('upstream_id', 'in', stale).execute();
        await trx.deleteFrom('mirror_saved_views').where('upstream_id', 'in', stale).execute();
        await trx.deleteFrom('mirror_upstream').where('upstream_id', 'in', stale).execute();
      });
    },

    async savePlan(upstreamId, plan) {
      // A running mirror stays in use: no other server sharing the file may prune it as stale.
      await db
        .updateTable('mirror_upstream')
        .set({ plan, used_at: Date.now() })
        .where('upstream_id', '=', upstreamId)
        .execute();
    },

    async spend(upstreamId, spent) {
      await db
        .updateTable('mirror_upstream')
        .set({ spent_at: spent.at, spent_rpm: spent.rpm })
        .where('upstream_id', '=', upstreamId)
        .where((eb) => eb.or([eb('spent_at', 'is', null), eb('spent_at', '<=', spent.at)]))
        .execute();
    },

    applyPage(upstreamId, orders, verifiedAt) {
      return db.transaction().execute((trx) => applyPage(trx, upstreamId, orders, verifiedAt));
    },

    removeUnverified(upstreamId, before) {
      return db.transaction().execute(async (trx) => {
        // The upstream's row is written first, to hold it (a PostgreSQL row lock, SQLite's write lock) until
        // the removals are numbered: a page written meanwhile never shares their sequence numbers.
        const row = await trx
          .updateTable('mirror_upstream')
          .set((eb) => ({ latest: eb.ref('latest') }))
          .where('upstream_id', '=', upstreamId)
          .returning('latest')
          .executeTakeFirst();
        const gone = await trx
          .selectFrom('mirror_orders')
          .select('id')
          .where('upstream_id', '=', upstreamId)
          .where('verified_at', '<', before)
          .orderBy('seq')
          .execute();
        if (gone.length === 0) return { removed: 0, latest: num(row?.latest ?? 0) };
        const bumped = await trx
          .updateTable('mirror_upstream')
          .set((eb) => ({
            latest: eb('latest', '+', gone.length),
            held: sql<number>`coalesce(held, ${rowsHeld(upstreamId)}) - ${gone.length}`,
          }))
          .where('upstream_id', '=', upstreamId)
          .returning('latest')
          .executeTakeFirstOrThrow();
        const latest = num(bumped.latest);
        const first = latest - gone.length + 1;
        const ids = gone.map((g) => g.id);
        for (let at = 0; at < ids.length; at += 500) {
          const slice = ids.slice(at, at + 500);
          await trx
            .insertInto('mirror_removed')
            .values(slice.map((id, i) => ({ upstream_id: upstreamId, id, seq: first + at + i })))
            .onConflict((oc) =>
              oc.columns(['upstream_id', 'id']).doUpdateSet((eb) => ({ seq: eb.ref('excluded.seq') })),
            )
            .execute();
          await trx
            .deleteFrom('mirror_orders')
            .where('upstream_id', '=', upstreamId)
            .where('id', 'in', slice)
            .execute();
        }
        return { removed: gone.length, latest };
      });
    },

    async changes(upstreamId, since, limit): Promise<ChangeRows> {
      // The range from the sequence index alone; the bodies are read when the answer is sent.
      const orders = await db
        .selectFrom('mirror_orders')
        .select('seq')
        .where('upstream_id', '=', upstreamId)
        .where('seq', '>', since)
        .orderBy('seq')
        .limit(limit)
        .execute();
      const removals = await db
        .selectFrom('mirror_removed')
        .select(['id', 'seq'])
        .where('upstream_id', '=', upstreamId)
        .where('seq', '>', since)
        .orderBy('seq')
        .limit(limit)
        .execute();
      const head = await db
        .selectFrom('mirror_upstream')
        .select('latest')
        .where('upstream_id', '=', upstreamId)
        .executeTakeFirst();
      // The `limit` lowest sequence numbers of both: the answer ends where the first one it leaves out begins.
      let cursor = since;
      let [o, r] = [0, 0];
      while (o + r < limit && (o < orders.length || r < removals.length)) {
        const takeOrder =
          r >= removals.length || (o < orders.length && num(orders[o]!.seq) < num(removals[r]!.seq));
        cursor = num(takeOrder ? orders[o++]!.seq : removals[r++]!.seq);
      }
      return {
        bodies: () => bodiesBetween(db, upstreamId, since, o === 0 ? since : cursor),
        removed: removals.slice(0, r).map((row) => row.id),
        cursor,
        latest: num(head?.latest ?? 0),
      };
    },

    async order(upstreamId, id) {
      const row = await db
        .selectFrom('mirror_orders')
        .select(['body', 'verified_at', 'seq'])
        .where('upstream_id', '=', upstreamId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { body: row.body, verifiedAt: num(row.verified_at), seq: num(row.seq) } : null;
    },

    async summary(upstreamId): Promise<StoreSummary> {
      const row = await db
        .selectFrom('mirror_upstream')
        .select('held')
        .where('upstream_id', '=', upstreamId)
        .executeTakeFirst();
      const held = row?.held ?? (await countHeld(db, upstreamId));
      const oldest = (open: number) =>
        db
          .selectFrom('mirror_orders')
          .select((eb) => eb.fn.min('verified_at').as('oldest'))
          .where('upstream_id', '=', upstreamId)
          .where('open', '=', open)
          .executeTakeFirst()
          .then((row) => maybeNum(row?.oldest));
      const openAt = await oldest(1);
      const closedAt = await oldest(0);
      const known = [openAt, closedAt].filter((at) => at !== null);
      return {
        held: num(held),
        oldestVerifiedAt: known.length > 0 ? Math.min(...known) : null,
        openVerifiedAt: openAt,
      };
    },

    async openPages(upstreamId, pageSize, newestFirst) {
      if (pageSize <= 0) return [];
      // An order's page is its rank in the upstream's list; the newest orders' pages come first either way.
      const rank = newestFirst
        ? sql`order by created_at_ms desc nulls last, id desc`
        : sql`order by created_at_ms asc nulls first, id asc`;
      const { rows } = await sql<{ pos: number }>`
        select pos from (
          select open, row_number() over (${rank}) - 1 as pos
          from mirror_orders where upstream_id = ${upstreamId}
        ) ranked where open = 1 order by pos ${newestFirst ? sql`asc` : sql`desc`}`.execute(db);
      // Newest first, orders that arrived since the head was read push every order down the list: one in the
      // last tenth of its page is looked for on the next page too.
      const slack = newestFirst ? Math.max(1, Math.floor(pageSize / 10)) : 0;
      const pages = new Set<number>();
      for (const row of rows) {
        pages.add(Math.floor(num(row.pos) / pageSize) + 1);
        pages.add(Math.floor((num(row.pos) + slack) / pageSize) + 1);
      }
      return [...pages];
    },

    close: () => db.destroy(),
  };
}

async function applyPage(
  trx: Kysely<MirrorDb>,
  upstreamId: string,
  orders: readonly StoredOrder[],
  verifiedAt: number,
): Promise<ApplyResult> {
  const byId = new Map(orders.map((o) => [o.id, o]));
  if (byId.size === 0) {
    const row = await trx
      .selectFrom('mirror_upstream')
      .select('latest')
      .where('upstream_id', '=', upstreamId);
    return { added: 0, changed: 0, latest: num((await row.executeTakeFirst())?.latest ?? 0) };
  }
  // The upstream's row locked first: concurrent writers of pages sharing an order (a list shifted by
  // inserts) take turns, so each sees what the other wrote and an order is added (and counted) once.
  await trx
    .selectFrom('mirror_upstream')
    .select('latest')
    .where('upstream_id', '=', upstreamId)
    .forUpdate()
    .execute();
  const existing = await trx
    .selectFrom('mirror_orders')
    .select(['id', 'body'])
    .where('upstream_id', '=', upstreamId)
    .where('id', 'in', [...byId.keys()])
    .execute();
  const held = new Map(existing.map((r) => [r.id, r.body]));
  const written = [...byId.values()].filter((o) => held.get(o.id) !== o.body);
  const unchanged = [...byId.keys()].filter((id) => held.get(id) === byId.get(id)?.body);
  const added = written.filter((o) => !held.has(o.id)).length;
  const bumped = await trx
    .updateTable('mirror_upstream')
    .set((eb) => ({
      latest: eb('latest', '+', written.length),
      held: sql<number>`coalesce(held, ${rowsHeld(upstreamId)}) + ${added}`,
    }))
    .where('upstream_id', '=', upstreamId)
    .returning('latest')
    .executeTakeFirstOrThrow();
  const latest = num(bumped.latest);
  if (written.length > 0) {
    const first = latest - written.length + 1;
    await trx
      .insertInto('mirror_orders')
      .values(
        written.map((o, i) => ({
          upstream_id: upstreamId,
          id: o.id,
          seq: first + i,
          status: o.status,
          open: isOpenStatus(o.status) ? 1 : 0,
          created_at_ms: o.createdAtMs,
          verified_at: verifiedAt,
          body: o.body,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['upstream_id', 'id']).doUpdateSet((eb) => ({
          seq: eb.ref('excluded.seq'),
          status: eb.ref('excluded.status'),
          open: eb.ref('excluded.open'),
          created_at_ms: eb.ref('excluded.created_at_ms'),
          verified_at: eb.ref('excluded.verified_at'),
          body: eb.ref('excluded.body'),
        })),
      )
      .execute();
  }
  if (unchanged.length > 0) {
    await trx
      .updateTable('mirror_orders')
      .set({ verified_at: verifiedAt })
      .where('upstream_id', '=', upstreamId)
      .where('id', 'in', unchanged)
      .execute();
  }
  return { added, changed: written.length - added, latest };
}

/** The held count as SQL, for a row whose kept count is still null (written before the migration that keeps it). */
const rowsHeld = (upstreamId: string) =>
  sql<number>`(select count(*) from mirror_orders where upstream_id = ${upstreamId})`;

/** Orders held by counting rows: only until the first write after the migration that keeps the count. */
async function countHeld(db: Kysely<MirrorDb>, upstreamId: string): Promise<number> {
  const counted = await db
    .selectFrom('mirror_orders')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('upstream_id', '=', upstreamId)
    .executeTakeFirst();
  return num(counted?.n ?? 0);
}
