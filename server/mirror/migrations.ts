import { Migrator, type Kysely, type Migration } from 'kysely';

/** The schema, in steps that run once each (Kysely records them), for SQLite and PostgreSQL alike. */
const migrations: Record<string, Migration> = {
  '001-orders': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mirror_upstream')
        .addColumn('upstream_id', 'text', (c) => c.primaryKey())
        .addColumn('epoch', 'text', (c) => c.notNull())
        .addColumn('latest', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('plan', 'text')
        .execute();
      await db.schema
        .createTable('mirror_orders')
        .addColumn('upstream_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('open', 'integer', (c) => c.notNull())
        .addColumn('created_at_ms', 'bigint')
        .addColumn('verified_at', 'bigint', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('mirror_orders_pk', ['upstream_id', 'id'])
        .execute();
      await db.schema
        .createIndex('mirror_orders_seq')
        .on('mirror_orders')
        .columns(['upstream_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('mirror_orders_verified')
        .on('mirror_orders')
        .columns(['upstream_id', 'open', 'verified_at'])
        .execute();
      await db.schema
        .createIndex('mirror_orders_created')
        .on('mirror_orders')
        .columns(['upstream_id', 'created_at_ms'])
        .execute();
    },
  },
  '002-upstream-used-at': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('mirror_upstream').addColumn('used_at', 'bigint').execute();
    },
  },
  '003-held-count': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('mirror_upstream').addColumn('held', 'bigint').execute();
      await db.schema
        .createIndex('mirror_orders_verified_all')
        .on('mirror_orders')
        .columns(['upstream_id', 'verified_at'])
        .execute();
    },
  },
  '004-session-revocations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('revoked_session')
        .addColumn('session_id', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('revoked_session_expires')
        .on('revoked_session')
        .column('expires_at')
        .execute();
      await db.schema
        .createTable('revoked_user')
        .addColumn('user_name', 'text', (c) => c.primaryKey())
        .addColumn('revoked_at', 'bigint', (c) => c.notNull())
        .addColumn('forget_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '005-saved-views': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mirror_saved_views')
        .addColumn('upstream_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('search', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('mirror_saved_views_pk', ['upstream_id', 'id'])
        .execute();
    },
  },
  '006-fewer-order-indexes': {
    async up(db: Kysely<unknown>) {
      // Every index is written on each of a cold sync's 100,000 inserts: keep only what a query needs.
      // The oldest verification of all orders is the smaller of the open and closed ones (`verified`).
      await db.schema.dropIndex('mirror_orders_verified_all').execute();
      // The open pages' ranking reads id and open too: from the index alone, never the orders' bodies.
      await db.schema.dropIndex('mirror_orders_created').execute();
      await db.schema
        .createIndex('mirror_orders_rank')
        .on('mirror_orders')
        .columns(['upstream_id', 'created_at_ms', 'id', 'open'])
        .execute();
    },
  },
  '007-spent-budget': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('mirror_upstream').addColumn('spent_at', 'bigint').execute();
      await db.schema.alterTable('mirror_upstream').addColumn('spent_rpm', 'double precision').execute();
    },
  },
  '008-removed-orders': {
    async up(db: Kysely<unknown>) {
      // An order the upstream no longer lists: its row goes, and this says so to replicas, in sequence order.
      await db.schema
        .createTable('mirror_removed')
        .addColumn('upstream_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('mirror_removed_pk', ['upstream_id', 'id'])
        .execute();
      await db.schema
        .createIndex('mirror_removed_seq')
        .on('mirror_removed')
        .columns(['upstream_id', 'seq'])
        .execute();
    },
  },
};

/** Brings the schema up to date; idempotent, so every start runs it. */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'mirror_migration',
    migrationLockTableName: 'mirror_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
