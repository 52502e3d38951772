import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { createTestDatabase } from '../server/mirror/test-postgres.ts';
import { startEmulator } from './mirror';
import type { BenchOptions } from './options';

const KEY = 'bench-mirror-key';
/** What a copy logs when it takes the upstream's leader lock and starts syncing. */
const LEADER = 'This copy now runs the order mirror';
const TAKEOVER_TIMEOUT_MS = 30_000;

/** The takeover needs a synced shop, not a large one: its time does not grow with the history. */
export const takeoverSize = (largest: number) => Math.min(largest, 10_000);

/** One `npm start` copy (`tsx server/prod/main.ts`, no npm in between, so SIGKILL hits the server itself). */
type Copy = {
  child: ChildProcess;
  url: string;
  /** When this copy logged that it leads (performance.now()), or null while it follows. */
  ledAt: () => number | null;
};

function startCopy(env: NodeJS.ProcessEnv): Promise<Copy> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/prod/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ledAt: number | null = null;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`a copy did not listen:\n${output.slice(-2000)}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (ledAt === null && chunk.toString().includes(LEADER)) ledAt = performance.now();
      const url = /"url":"(http:\/\/[^"]+)","msg":"listening"/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, ledAt: () => ledAt });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a copy exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

async function until<T>(
  what: string,
  check: () => Promise<T | null> | T | null,
  timeoutMs: number,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await delay(20);
  }
}

async function upstreamRequests(emulatorUrl: string): Promise<number> {
  const summary = (await (await fetch(`${emulatorUrl}/__emulator/summary`)).json()) as {
    requests: { total: number };
  };
  return summary.requests.total;
}

async function firstPassDone(copy: Copy): Promise<boolean> {
  const response = await fetch(`${copy.url}/api/mirror/changes?since=0&limit=1`);
  return ((await response.json()) as { status: { firstPassDone: boolean } }).status.firstPassDone;
}

const kill = (copy: Copy, signal: NodeJS.Signals) =>
  copy.child.exitCode === null && copy.child.signalCode === null ? copy.child.kill(signal) : false;

export type Takeover = { leadMs: number[]; requestMs: number[]; notes: string[] };

/**
 * Two copies on one fresh PostgreSQL database and one emulator; per run the leader is SIGKILLed and the
 * time taken until the survivor logs that it leads, and until the emulator sees its first request; then a
 * new copy replaces the dead one (and follows).
 */
export async function measureTakeover(
  options: BenchOptions,
  dist: string,
  size: number,
  log: (m: string) => void,
): Promise<Takeover> {
  const emulator = await startEmulator(size, options.port + 10);
  const database = await createTestDatabase(options.pg);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    DIST_DIR: dist,
    CEKAT_API_BASE_URL: emulator.url,
    CEKAT_API_KEY: KEY,
    MIRROR: 'on',
    MIRROR_DB: database.url,
    // A leader always busy (head and open pages every 2 s at 600 a minute): it dies mid-work.
    MIRROR_RPM: '600',
    MIRROR_HEAD_SECONDS: '2',
  };
  const copies: Copy[] = [];
  const result: Takeover = {
    leadMs: [],
    requestMs: [],
    notes: ['head every 2 s, MIRROR_RPM 600, retry 1 s'],
  };
  try {
    copies.push(...(await Promise.all([startCopy(env), startCopy(env)])));
    const first = await until('one copy leads', () => copies.find((c) => c.ledAt() !== null) ?? null, 30_000);
    await until(
      'the first pass is done',
      async () => ((await firstPassDone(first)) ? true : null),
      60_000 + size * 6,
    );
    for (let run = 1; run <= options.runs; run++) {
      log(`mirror on PostgreSQL: takeover, run ${run}/${options.runs}`);
      const leader = copies.find((c) => c.ledAt() !== null);
      const survivor = copies.find((c) => c !== leader);
      if (!leader || !survivor) throw new Error('no leader and follower to take over from');
      // Mid-work: some syncing since the last change of leader.
      await delay(3000);
      const killedAt = performance.now();
      kill(leader, 'SIGKILL');
      const before = await upstreamRequests(emulator.url);
      const requested = until(
        'the new leader asks upstream',
        async () => ((await upstreamRequests(emulator.url)) > before ? performance.now() : null),
        TAKEOVER_TIMEOUT_MS,
      );
      const led = until('the survivor leads', () => survivor.ledAt(), TAKEOVER_TIMEOUT_MS);
      const [ledAt, requestedAt] = await Promise.all([led, requested]);
      result.leadMs.push(ledAt - killedAt);
      result.requestMs.push(requestedAt - killedAt);
      copies.splice(copies.indexOf(leader), 1);
      if (run < options.runs) copies.push(await startCopy(env));
    }
  } finally {
    for (const copy of copies) kill(copy, 'SIGTERM');
    await Promise.all(
      copies
        .filter((c) => c.child.exitCode === null && c.child.signalCode === null)
        .map((c) => new Promise((resolve) => c.child.once('exit', resolve))),
    );
    emulator.stop();
    await database.drop();
  }
  return result;
}
