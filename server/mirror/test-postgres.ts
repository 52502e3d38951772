import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL for tests. `MIRROR_TEST_PG` (set by `.ci/run`) makes the PostgreSQL specs mandatory: an
 * unreachable server then fails them. Without it they try a local server as `.ci/run` sets it up, and are
 * skipped, saying why, when there is none.
 */
const LOCAL = 'postgres://cekat_test:cekat_test@localhost:5432/postgres';

export type TestPostgres = { kind: 'available'; adminUrl: string } | { kind: 'skipped'; reason: string };

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message || String((error as { code?: string }).code);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the PostgreSQL specs run here; throws when `MIRROR_TEST_PG` is set and the server is not there. */
export async function testPostgres(env: NodeJS.ProcessEnv = process.env): Promise<TestPostgres> {
  const required = env.MIRROR_TEST_PG?.trim();
  const adminUrl = required || LOCAL;
  const failure = await reachable(adminUrl);
  if (failure === null) return { kind: 'available', adminUrl };
  if (required) throw new Error(`MIRROR_TEST_PG is set but PostgreSQL cannot be used: ${failure}`);
  const reason = `PostgreSQL specs skipped: no server at ${LOCAL.replace(/\/\/[^@]+@/, '//')} (${failure}). Run .ci/run, or set MIRROR_TEST_PG=postgres://user:pass@host:5432/postgres (a role allowed to create databases) to run them.`;
  console.warn(reason);
  return { kind: 'skipped', reason };
}

/** A fresh database for one test file; `drop` removes it (closing whatever still holds it). */
export async function createTestDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mirror_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // Not `with (force)`: that also tries to end an autovacuum worker on it, which only a superuser may.
        // The server ends those itself for a plain drop; whatever of ours still holds it is ended first.
        for (let attempt = 1; ; attempt++) {
          await client.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and usename = current_user and pid <> pg_backend_pid()',
            [name],
          );
          try {
            await client.query(`drop database if exists ${name}`);
            return;
          } catch (error) {
            // 55006: still in use (a terminated session not gone yet).
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

/** One backend of a two-backend suite: `open` reaches the same database again, as a restart or another copy does. */
export type TestBackend<T> = {
  name: string;
  skip: string | null;
  setup: () => Promise<{ open: () => Promise<T>; teardown: () => Promise<void> }>;
};

/** SQLite in a temporary folder, and PostgreSQL in a fresh database when there is a server (skipped, saying why, when not). */
export async function testBackends<T>(open: {
  sqlite: (file: string) => Promise<T>;
  postgres: (url: string) => Promise<T>;
}): Promise<TestBackend<T>[]> {
  const postgres = await testPostgres();
  return [
    {
      name: 'SQLite',
      skip: null,
      async setup() {
        const dir = mkdtempSync(join(tmpdir(), 'mirror-test-'));
        return {
          open: () => open.sqlite(join(dir, 'mirror.sqlite')),
          teardown: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
    {
      name: 'PostgreSQL',
      skip: postgres.kind === 'skipped' ? postgres.reason : null,
      async setup() {
        if (postgres.kind !== 'available') throw new Error('unreachable: skipped above');
        const database = await createTestDatabase(postgres.adminUrl);
        return { open: () => open.postgres(database.url), teardown: database.drop };
      },
    },
  ];
}
