import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { kyselyStore, type MirrorDb } from './kysely-store.ts';
import { migrate } from './migrations.ts';
import { MirrorStoreError, type MirrorStore } from './store.ts';

/** Connections one copy may hold (plus one of its own for leadership and notifications). */
export const POOL_MAX = 8;
const CONNECT_TIMEOUT_MS = 5000;
/** Serialises the schema steps of copies that start at the same instant. */
const MIGRATION_LOCK = sql`hashtextextended('cekat-mirror:migrations', 0)`;

// bigint columns (sequence numbers, epoch ms) fit in a JS number; read them as numbers, not strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Connection failures (refused, unknown host, reset) and server shutdown or start-up (57P01–57P03). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
]);

/** The database a URL names, for messages: host, port and database, never the user or password. */
export function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return 'PostgreSQL (MIRROR_DB is not a valid postgres:// URL)';
  }
}

/** Our words for a PostgreSQL failure: what is wrong and what to do; never the URL's credentials. */
export function explainPostgres(url: string, error: unknown): MirrorStoreError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  const where = describePostgres(url);
  const what =
    UNREACHABLE.has(code) || /Connection terminated|timeout exceeded when trying to connect/i.test(message)
      ? `is not reachable (${code || message}). Start the database, or check the host and port in MIRROR_DB.`
      : code === '28P01' || code === '28000'
        ? 'refused the user name or password in MIRROR_DB.'
        : code === '3D000'
          ? 'has no such database. Create it (createdb), or fix the name in MIRROR_DB.'
          : code === '42501'
            ? 'refused a permission: the MIRROR_DB user must be allowed to create tables in that database.'
            : `failed: ${message.replaceAll(url, '[MIRROR_DB]')}`;
  return new MirrorStoreError(`The mirror database, ${where}, ${what}`);
}

export type PostgresHandle = { db: Kysely<MirrorDb>; pool: pg.Pool };

/** A bounded pool on `url`; a dropped idle connection is logged instead of crashing the process. */
export function openPool(url: string, log: (message: string) => void = () => undefined): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  pool.on('error', (error) => log(explainPostgres(url, error).message));
  // A client in use has no listener of the pool's: without this one, its connection dropping mid-query
  // would be an uncaught 'error' event that ends the process (the query itself still rejects).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Brings the schema up to date under an advisory lock, so copies starting at once never race. */
async function migrateLocked(db: Kysely<MirrorDb>): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await migrate(conn as Kysely<unknown>);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

/** Connects to the PostgreSQL mirror at `url` and brings its schema up to date (a clear error when it cannot). */
export async function openPostgres(url: string, log?: (message: string) => void): Promise<PostgresHandle> {
  const pool = openPool(url, log);
  const db = new Kysely<MirrorDb>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateLocked(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw explainPostgres(url, error);
  }
  return { db, pool };
}

/** `store` whose every failure is a MirrorStoreError in our words (the routes answer it as a 503), reported to `onFailure`. */
export function explainedStore(
  store: MirrorStore,
  url: string,
  onFailure: (error: MirrorStoreError) => void = () => undefined,
): MirrorStore {
  const guard =
    (method: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        const explained = error instanceof MirrorStoreError ? error : explainPostgres(url, error);
        onFailure(explained);
        throw explained;
      }
    };
  const entries = Object.entries(
    store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>,
  );
  return Object.fromEntries(entries.map(([name, method]) => [name, guard(method)])) as unknown as MirrorStore;
}

/** The store over PostgreSQL: the same queries as SQLite, through the same Kysely layer. */
export async function openPostgresStore(url: string, log?: (message: string) => void): Promise<MirrorStore> {
  const { db } = await openPostgres(url, log);
  return explainedStore(kyselyStore(db), url);
}
