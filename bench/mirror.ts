import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchFloor } from './floor-sync';
import { measureColdMirror } from './mirror-cold';
import { simulateDay, type DaySetting } from './mirror-day';
import type { BenchOptions } from './options';
import type { Recorder, RowSpec } from './recorder';

export const COLD_RATIO = 1.25;
const KEY = 'bench-mirror-key';
const fmt = (n: number) => n.toLocaleString('en-US');

/** The day the issue asks about: a 100,000-order shop on the smallest plan (60 requests a minute). */
export const daySetting = (quick: boolean): DaySetting => ({
  count: quick ? 2000 : 100_000,
  ratePerMinute: 60,
  hours: quick ? 1 : 24,
  statusChangesPerHour: 200,
  newOrdersPerHour: 50,
});

export function mirrorRows(size: number, day: DaySetting): RowSpec[] {
  const n = fmt(size);
  const shop = `${fmt(day.count)} orders, ${day.ratePerMinute}/min plan, ${day.hours} h simulated`;
  return [
    {
      id: `mirror.cold.${size}`,
      label: `mirror: cold sync of ${n} from the emulator`,
      unit: 'ms',
      target: { kind: 'ratio', max: COLD_RATIO },
      floorLabel: 'node: all pages, same concurrency',
    },
    {
      id: `mirror.rss.${size}`,
      label: `mirror: server RSS with ${n} held`,
      unit: 'bytes',
      floorLabel: 'raw JSON',
    },
    {
      id: `mirror.db.${size}`,
      label: `mirror: database file with ${n}`,
      unit: 'bytes',
      floorLabel: 'raw JSON',
    },
    { id: 'mirror.day.requests', label: `mirror: upstream requests in a day (${shop})`, unit: 'count' },
    { id: 'mirror.day.firstPass', label: `mirror: first pass at the default budget (${shop})`, unit: 'ms' },
    { id: 'mirror.day.openStale', label: `mirror: worst staleness of an open order (${shop})`, unit: 'ms' },
    { id: 'mirror.day.anyStale', label: `mirror: worst staleness of any order (${shop})`, unit: 'ms' },
    {
      id: 'mirror.day.change',
      label: `mirror: slowest upstream change to reach the mirror (${shop})`,
      unit: 'ms',
    },
  ];
}

/** The emulator alone, so the cold mirror and its floor both talk to it directly. */
export async function startEmulator(size: number, port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/emulator/cli.ts',
      '--count',
      String(size),
      '--seed',
      '7',
      '--port',
      String(port),
      '--key',
      KEY,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`emulator exited (${child.exitCode})`);
    try {
      const response = await fetch(`${url}/__emulator/summary`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('emulator not ready after 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Cold mirror sync against its Node floor, memory and file size, then one simulated day on the plan. */
export async function measureMirror(options: BenchOptions, recorder: Recorder, log: (m: string) => void) {
  const size = Math.max(...options.sizes);
  const day = daySetting(options.quick);
  const folder = mkdtempSync(join(tmpdir(), 'bench-mirror-'));
  const emulator = await startEmulator(size, options.port + 4);
  try {
    for (let run = 1; run <= options.runs; run++) {
      log(`mirror: cold sync of ${size}, run ${run}/${options.runs}`);
      const floor = await fetchFloor(emulator.url, 4, 100, { authorization: `Bearer ${KEY}` });
      const cold = await measureColdMirror(
        emulator.url,
        KEY,
        join(folder, `run-${run}.sqlite`),
        60_000 + size * 3,
      );
      recorder.floor(`mirror.cold.${size}`, floor.allMs);
      recorder.value(`mirror.cold.${size}`, cold.ms);
      if (cold.held !== size) recorder.note(`mirror.cold.${size}`, `held ${cold.held}`);
      recorder.value(`mirror.rss.${size}`, cold.rss);
      recorder.floor(`mirror.rss.${size}`, floor.bytes);
      recorder.value(`mirror.db.${size}`, cold.dbBytes);
      recorder.floor(`mirror.db.${size}`, floor.bytes);
    }
  } finally {
    emulator.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  log(`mirror: one simulated day of ${day.count} orders on a ${day.ratePerMinute}/min plan`);
  const result = await simulateDay(day);
  recorder.value('mirror.day.requests', result.requests);
  recorder.value('mirror.day.firstPass', result.firstPassMs);
  recorder.value('mirror.day.openStale', result.worstOpenStaleMs);
  recorder.value('mirror.day.anyStale', result.worstAnyStaleMs);
  recorder.value('mirror.day.change', result.worstChangeMs);
  recorder.note('mirror.day.change', `${fmt(result.changes)} status changes upstream`);
}
