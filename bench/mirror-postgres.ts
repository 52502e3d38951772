import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, testPostgres } from '../server/mirror/test-postgres.ts';
import { measureColdMirror } from './mirror-cold';
import { startEmulator } from './mirror';
import type { BenchOptions } from './options';
import { startPlainBrowser, PLAIN_APP } from './plain-browser';
import type { Recorder, RowSpec } from './recorder';
import { startStack, type Stack } from './servers';
import { syncTimeoutMs } from './session';
import { measureTakeover, takeoverSize } from './mirror-takeover';

const KEY = 'bench-mirror-key';
const fmt = (n: number) => n.toLocaleString('en-US');
const SQLITE_FLOOR = 'SQLite, same emulator and setup';

export function postgresRows(size: number, takeover: number): RowSpec[] {
  const n = fmt(size);
  return [
    {
      id: `mirror.pg.cold.${size}`,
      label: `mirror on PostgreSQL: cold sync of ${n} from the emulator`,
      unit: 'ms',
      floorLabel: SQLITE_FLOOR,
    },
    {
      id: `mirror.pg.db.${size}`,
      label: `mirror on PostgreSQL: database size with ${n}`,
      unit: 'bytes',
      floorLabel: 'SQLite file',
    },
    {
      id: `mirror.pg.allHeld.${size}`,
      label: `mirror on PostgreSQL: a new browser's time to all ${n} held from a warm mirror`,
      unit: 'ms',
      floorLabel: SQLITE_FLOOR,
    },
    {
      id: 'mirror.pg.takeover',
      label: `mirror on PostgreSQL: SIGKILL of the leader copy to the other copy leading (2 copies, ${fmt(takeover)} orders)`,
      unit: 'ms',
    },
    {
      id: 'mirror.pg.takeoverRequest',
      label: `mirror on PostgreSQL: SIGKILL of the leader copy to the new leader's first upstream request`,
      unit: 'ms',
    },
  ];
}

/** Why the PostgreSQL figures cannot run here, or null when `url` names a usable server. */
async function unavailable(url: string): Promise<string | null> {
  if (!url)
    return 'skipped: no PostgreSQL (set MIRROR_TEST_PG or --pg postgres://user:pass@host:5432/postgres)';
  try {
    await testPostgres({ MIRROR_TEST_PG: url });
    return null;
  } catch (error) {
    return `skipped: ${(error as Error).message}`;
  }
}

async function databaseBytes(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string }>(
      'select pg_database_size(current_database()) as size',
    );
    return Number(rows[0]?.size);
  } finally {
    await client.end();
  }
}

/** Cold syncs into SQLite and into a fresh PostgreSQL database, alternating, from one emulator. */
async function measureCold(
  options: BenchOptions,
  recorder: Recorder,
  size: number,
  log: (m: string) => void,
) {
  const id = (name: string) => `mirror.pg.${name}.${size}`;
  const folder = mkdtempSync(join(tmpdir(), 'bench-mirror-pg-'));
  const emulator = await startEmulator(size, options.port + 9);
  try {
    for (let run = 1; run <= options.runs; run++) {
      log(`mirror on PostgreSQL: cold sync of ${size}, SQLite then PostgreSQL, run ${run}/${options.runs}`);
      const timeout = 60_000 + size * 3;
      const sqlite = await measureColdMirror(emulator.url, KEY, join(folder, `run-${run}.sqlite`), timeout);
      recorder.floor(id('cold'), sqlite.ms);
      recorder.floor(id('db'), sqlite.dbBytes);
      const database = await createTestDatabase(options.pg);
      try {
        const cold = await measureColdMirror(emulator.url, KEY, database.url, timeout);
        recorder.value(id('cold'), cold.ms);
        if (cold.held !== size) recorder.note(id('cold'), `held ${cold.held}`);
        recorder.value(id('db'), await databaseBytes(database.url));
      } finally {
        await database.drop();
      }
    }
  } finally {
    emulator.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A new browser on a warm mirror: two `vite preview` stacks (SQLite in memory, PostgreSQL), runs alternating. */
async function measureBrowsers(
  options: BenchOptions,
  dist: string,
  recorder: Recorder,
  size: number,
  log: (m: string) => void,
) {
  const id = `mirror.pg.allHeld.${size}`;
  const emulator = { EMULATOR_COUNT: size, EMULATOR_SEED: 7, EMULATOR_RPM: 0 };
  const database = await createTestDatabase(options.pg);
  const stacks: Stack[] = [];
  const plain = await startPlainBrowser(dist, options.concurrency);
  try {
    log(`mirror on PostgreSQL: ${size} orders, warming a SQLite and a PostgreSQL mirror`);
    const at = (offset: number) => ({
      dist,
      appPort: options.port + offset,
      emulatorPort: options.port + offset + 1,
    });
    stacks.push(await startStack({ ...at(5), emulator }));
    stacks.push(await startStack({ ...at(7), emulator: { ...emulator, MIRROR_DB: database.url } }));
    const [sqlite, postgres] = stacks as [Stack, Stack];
    for (let run = 1; run <= options.runs; run++) {
      log(`mirror on PostgreSQL: a new browser on each warm mirror, run ${run}/${options.runs}`);
      const timeout = syncTimeoutMs(size);
      const onSqlite = await plain.measure(sqlite.appUrl, PLAIN_APP, timeout);
      const onPostgres = await plain.measure(postgres.appUrl, PLAIN_APP, timeout);
      recorder.floor(id, onSqlite.all < 0 ? null : onSqlite.all);
      recorder.value(id, onPostgres.all < 0 ? null : onPostgres.all);
      if (onPostgres.count !== size) recorder.note(id, `orders-sync said ${onPostgres.count} held`);
    }
  } finally {
    for (const stack of stacks) await stack.stop();
    await plain.close();
    await database.drop();
  }
}

/** The PostgreSQL figures beside SQLite's, or every row noting why they were skipped. */
export async function measurePostgres(
  options: BenchOptions,
  dist: string,
  recorder: Recorder,
  log: (m: string) => void,
): Promise<void> {
  const size = Math.max(...options.sizes);
  const rows = postgresRows(size, takeoverSize(size));
  for (const row of rows) recorder.define(row);
  const reason = await unavailable(options.pg);
  if (reason) {
    log(`mirror on PostgreSQL: ${reason}`);
    for (const row of rows) recorder.note(row.id, reason);
    return;
  }
  await measureCold(options, recorder, size, log);
  // The smoke test inside `npm test` stays short: only the cold sync runs there (copies take long to start).
  if (options.quick) {
    for (const id of [`mirror.pg.allHeld.${size}`, 'mirror.pg.takeover', 'mirror.pg.takeoverRequest'])
      recorder.note(id, 'not measured with --quick');
    return;
  }
  await measureBrowsers(options, dist, recorder, size, log);
  const takeover = await measureTakeover(options, dist, takeoverSize(size), log);
  for (const ms of takeover.leadMs) recorder.value('mirror.pg.takeover', ms);
  for (const ms of takeover.requestMs) recorder.value('mirror.pg.takeoverRequest', ms);
  for (const note of takeover.notes) recorder.note('mirror.pg.takeover', note);
}
