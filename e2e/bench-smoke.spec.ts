import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { distDir } from './support/stacks';

const run = promisify(execFile);
// Well clear of the stacks' ports (43xx from 4301 up, plus the same offset).
const PORT = 4390 + (Number(process.env.E2E_PORT_OFFSET ?? 0) || 0);

type Row = { id: string; label: string; unit: string; value: { median: number } | null; notes: string[] };

test('npm run bench runs end to end at tiny sizes and writes a well-formed result', async () => {
  test.setTimeout(180_000);
  const out = join(mkdtempSync(join(tmpdir(), 'bench-smoke-')), 'result.json');
  const args = [
    'tsx',
    'bench/run.ts',
    '--quick',
    '--skip-build',
    '--dist',
    resolve(distDir),
    '--port',
    String(PORT),
    '--out',
    out,
  ];
  const { stdout } = await run('npx', args, { timeout: 175_000, maxBuffer: 16 * 2 ** 20 });

  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    rows: Row[];
    table: string;
    machine: { cores: number };
  };
  expect(stdout).toContain(result.table);
  expect(result.machine.cores).toBeGreaterThan(0);
  const byId = new Map(result.rows.map((row) => [row.id, row]));
  for (const id of [
    'bundle.first',
    'sync.first.300',
    'sync.all.300',
    'sync.allBare.300',
    'sync.allDevtools.300',
    'heap.300',
    'reload.300',
    'requests.limited',
    'mirror.cold.300',
    'mirror.rss.300',
    'mirror.day.requests',
  ]) {
    expect(byId.get(id)?.value?.median, id).toBeGreaterThan(0);
  }
  for (const id of [
    'interaction.sort',
    'interaction.status',
    'interaction.search',
    'interaction.clear',
    'scroll.rows',
  ]) {
    const row = byId.get(id);
    expect(row, id).toBeDefined();
    // Each figure is either measured or says why not.
    expect(row?.value !== null || (row?.notes.length ?? 0) > 0, id).toBe(true);
  }
});
