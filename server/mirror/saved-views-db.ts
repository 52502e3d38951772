import type { Kysely } from 'kysely';
import type { SavedViewRecord } from '../../core/mirror/protocol.ts';

export type SavedViewsTable = {
  upstream_id: string;
  id: string;
  /** The view's place in the team's list; rewritten 0…n-1 on every move. */
  position: number;
  name: string;
  search: string;
  created_by: string | null;
  created_at: number;
};

/** The team's saved views of one upstream, kept in the mirror's database. */
export interface SavedViewsStore {
  listViews(upstreamId: string): Promise<SavedViewRecord[]>;
  /** Adds the view last in the list. */
  createView(upstreamId: string, view: SavedViewRecord): Promise<void>;
  /** Renames and/or moves the view; null when there is no such view. */
  updateView(
    upstreamId: string,
    id: string,
    patch: { name?: string; position?: number },
  ): Promise<SavedViewRecord | null>;
  /** False when there was no such view. */
  deleteView(upstreamId: string, id: string): Promise<boolean>;
}

type Db = Kysely<{ mirror_saved_views: SavedViewsTable }>;

const record = (row: Omit<SavedViewsTable, 'upstream_id' | 'position'>): SavedViewRecord => ({
  id: row.id,
  name: row.name,
  search: row.search,
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
});

/** The saved views over any Kysely dialect (SQLite and PostgreSQL run the same queries). */
export function kyselySavedViews(db: Db): SavedViewsStore {
  const list = (trx: Db, upstreamId: string) =>
    trx
      .selectFrom('mirror_saved_views')
      .select(['id', 'name', 'search', 'created_by', 'created_at'])
      .where('upstream_id', '=', upstreamId)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  return {
    async listViews(upstreamId) {
      return (await list(db, upstreamId)).map(record);
    },

    async createView(upstreamId, view) {
      await db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('mirror_saved_views')
          .select((eb) => eb.fn.max('position').as('position'))
          .where('upstream_id', '=', upstreamId)
          .executeTakeFirst();
        const position =
          last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
        await trx
          .insertInto('mirror_saved_views')
          .values({
            upstream_id: upstreamId,
            id: view.id,
            position,
            name: view.name,
            search: view.search,
            created_by: view.createdBy,
            created_at: view.createdAt,
          })
          .execute();
      });
    },

    async updateView(upstreamId, id, patch) {
      return db.transaction().execute(async (trx) => {
        const rows = await list(trx, upstreamId);
        const from = rows.findIndex((row) => row.id === id);
        if (from === -1) return null;
        if (patch.name !== undefined) {
          await trx
            .updateTable('mirror_saved_views')
            .set({ name: patch.name })
            .where('upstream_id', '=', upstreamId)
            .where('id', '=', id)
            .execute();
        }
        if (patch.position !== undefined) {
          const order = rows.map((row) => row.id).filter((other) => other !== id);
          order.splice(Math.min(patch.position, order.length), 0, id);
          for (const [position, viewId] of order.entries()) {
            await trx
              .updateTable('mirror_saved_views')
              .set({ position })
              .where('upstream_id', '=', upstreamId)
              .where('id', '=', viewId)
              .execute();
          }
        }
        return record({ ...rows[from]!, name: patch.name ?? rows[from]!.name });
      });
    },

    async deleteView(upstreamId, id) {
      const result = await db
        .deleteFrom('mirror_saved_views')
        .where('upstream_id', '=', upstreamId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
