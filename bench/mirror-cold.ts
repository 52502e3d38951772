import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMirror } from '../server/mirror/mirror.ts';
import { startPostgresMirror } from '../server/mirror/postgres-mirror.ts';
import { isPostgresUrl } from '../server/mirror/settings.ts';

export type ColdMirror = {
  /** From the mirror's start to its first pass done (the whole history held). */
  ms: number;
  held: number;
  /** The mirror process's resident memory with everything held (after a GC). */
  rss: number;
  /** The SQLite file (with its WAL) once closed; 0 for PostgreSQL (the caller asks the server). */
  dbBytes: number;
  requests: number;
};

const self = fileURLToPath(import.meta.url);

/** Runs one cold mirror sync in its own process, so its memory is the mirror's alone; `dbPath` may be a postgres:// URL. */
export async function measureColdMirror(
  upstreamUrl: string,
  apiKey: string,
  dbPath: string,
  timeoutMs: number,
): Promise<ColdMirror> {
  if (!isPostgresUrl(dbPath))
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, upstreamUrl, apiKey, dbPath, String(timeoutMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`cold mirror run failed (${code}): ${output.slice(-500)}`);
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Omit<ColdMirror, 'dbBytes'>;
  const size = (suffix: string) => {
    try {
      return statSync(dbPath + suffix).size;
    } catch {
      return 0;
    }
  };
  return { ...result, dbBytes: size('') + size('-wal') };
}

async function child([upstreamUrl, apiKey, dbPath, timeout]: string[]): Promise<void> {
  const hour = 3_600_000;
  const started = performance.now();
  const settings = {
    mode: 'on',
    storeTimeZone: 'Asia/Jakarta',
    db: dbPath!,
    rpm: null,
    headMs: hour,
    sweepMs: 24 * hour,
  } as const;
  const upstream = { baseUrl: upstreamUrl!, apiKey: apiKey! };
  // On PostgreSQL as one server copy starts: it connects, migrates, takes the leader lock, then syncs.
  const mirror = isPostgresUrl(dbPath!)
    ? await startPostgresMirror({ settings, upstream, url: dbPath! })
    : await startMirror({ settings, upstream });
  const deadline = started + Number(timeout);
  let status = await mirror.status();
  while (!status.firstPassDone && performance.now() < deadline) {
    // Each look is three queries on the mirror's thread: at 50 a second that was a tenth of its work.
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await mirror.status();
  }
  const ms = performance.now() - started;
  if (!status.firstPassDone) throw new Error(`first pass not done after ${timeout} ms (${status.held} held)`);
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage().rss;
  await mirror.close();
  console.log(JSON.stringify({ ms, held: status.held, rss, requests: status.firstPassPages }));
}

if (process.argv[1] && join(process.argv[1]) === self) {
  child(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
