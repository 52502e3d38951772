/**
 * A quick measurement (not a test): a cold mirror sync against a running emulator, next to a plain Node loop
 * fetching the same pages with the same window, plus the server's RSS and the database's size against the
 * raw JSON. Start the emulator first, in its own process:
 *
 *   npm run emulator -- --count 100000 --port 7001
 *   npx tsx server/mirror/measure-cold-sync.ts [http://127.0.0.1:7001] [key]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMirror } from './mirror.ts';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:7001';
const apiKey = process.argv[3] ?? 'emulator-local-key';
const WINDOW = 4;
const LIMIT = 100;

/** The floor: pages fetched `WINDOW` at a time until a short page, bodies parsed and dropped. */
async function plainLoop(): Promise<{ ms: number; bytes: number; pages: number }> {
  const started = performance.now();
  let next = 1;
  let end = Infinity;
  let bytes = 0;
  let pages = 0;
  const worker = async () => {
    while (next <= end) {
      const page = next++;
      const response = await fetch(`${baseUrl}/api/orders?limit=${LIMIT}&page=${page}`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      const text = await response.text();
      bytes += Buffer.byteLength(text);
      pages++;
      const orders = (JSON.parse(text) as { data: { orders: unknown[] } }).data.orders;
      if (orders.length < LIMIT) end = Math.min(end, page);
    }
  };
  await Promise.all(Array.from({ length: WINDOW }, worker));
  return { ms: performance.now() - started, bytes, pages };
}

async function mirrorSync(): Promise<{ ms: number; dbBytes: number; rss: number; held: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mirror-measure-'));
  const db = join(dir, 'mirror.sqlite');
  const started = performance.now();
  const mirror = await startMirror({
    settings: {
      mode: 'on',
      storeTimeZone: 'Asia/Jakarta',
      db,
      rpm: null,
      headMs: 30_000,
      sweepMs: 6 * 3_600_000,
    },
    upstream: { baseUrl, apiKey },
  });
  let status = await mirror.status();
  while (!status.firstPassDone) {
    // Each look is three queries on the mirror's thread: at 50 a second that was a tenth of its work.
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await mirror.status();
  }
  const ms = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage().rss;
  await mirror.close();
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  const dbBytes = size(db) + size(`${db}-wal`);
  rmSync(dir, { recursive: true, force: true });
  return { ms, dbBytes, rss, held: status.held };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const floor = await plainLoop();
const synced = await mirrorSync();
const again = await plainLoop();
const best = Math.min(floor.ms, again.ms);
console.log(
  `plain Node loop (window ${WINDOW}): ${floor.ms.toFixed(0)} ms / ${again.ms.toFixed(0)} ms, ${floor.pages} pages, ${mb(floor.bytes)} JSON`,
);
console.log(
  `cold mirror sync: ${synced.ms.toFixed(0)} ms for ${synced.held} orders (${(synced.ms / best).toFixed(2)}× the faster loop)`,
);
console.log(
  `RSS after the sync: ${mb(synced.rss)}; database ${mb(synced.dbBytes)} (${(synced.dbBytes / floor.bytes).toFixed(2)}× the raw JSON)`,
);
