import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { kyselyStore, type MirrorDb } from './kysely-store.ts';
import { migrate } from './migrations.ts';
import { sqliteApplyPage } from './sqlite-apply-page.ts';
import { MirrorStoreError, type MirrorStore } from './store.ts';

/** How long a write waits for another process's lock before the start fails with a clear message. */
const BUSY_TIMEOUT_MS = 2000;

function explain(path: string, error: unknown): MirrorStoreError {
  const code = (error as { code?: string }).code ?? '';
  const where = path === ':memory:' ? 'the in-memory mirror database' : `the mirror database ${path}`;
  const what =
    code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
      ? 'is not a readable SQLite database (damaged, or another kind of file). Move it aside to start a fresh mirror, or point MIRROR_DB elsewhere.'
      : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
        ? 'is locked by another process. Stop the other server using it, or point MIRROR_DB elsewhere.'
        : code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES'
          ? 'cannot be opened for writing. Check the folder exists and is writable, or point MIRROR_DB elsewhere.'
          : `could not be opened (${(error as Error).message}). Point MIRROR_DB elsewhere to start a fresh mirror.`;
  return new MirrorStoreError(`${where[0]?.toUpperCase()}${where.slice(1)} ${what}`);
}

/** Opens (creating if needed) the SQLite mirror at `path` or `:memory:` and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<MirrorStore> {
  const { db, database } = await openDatabase(path);
  return { ...kyselyStore(db), applyPage: sqliteApplyPage(db, database) };
}

/** The SQLite mirror's database itself (another connection to the same file), its schema up to date. */
export async function openSqlite(path: string): Promise<Kysely<MirrorDb>> {
  return (await openDatabase(path)).db;
}

async function openDatabase(path: string): Promise<{ db: Kysely<MirrorDb>; database: Database.Database }> {
  let database: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    // Orders are ~1 kB rows: a 4 kB page holds three and wastes a fifth; 16 kB pages make the file 11% smaller.
    // Only a new file takes it (an existing one keeps its page size).
    database.pragma('page_size = 16384');
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Checkpoints are what wait for the disk: fewer, larger ones keep a cold sync near the network's pace.
    database.pragma('wal_autocheckpoint = 16384');
    // 16 MB of page cache holds the id index a cold sync writes at random; 64 MB only cost memory (RSS).
    database.pragma('cache_size = -16384');
  } catch (error) {
    throw explain(path, error);
  }
  const db = new Kysely<MirrorDb>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrate(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw explain(path, error);
  }
  return { db, database };
}
