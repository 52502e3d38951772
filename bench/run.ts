import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { measureBundle } from './bundle';
import { describeMachine } from './machine';
import { parseOptions, wants, type BenchOptions } from './options';
import { startPlainBrowser, type PlainBrowser } from './plain-browser';
import { measureRateLimited, rateSetting, rateWindowEnv } from './rate-limit';
import { Recorder } from './recorder';
import { formatTable } from './report';
import { bundleRows, defineAll, largestRows, rateRows, sizeRows } from './rows';
import { buildApp, startStack } from './servers';
import { measureMirror, mirrorRows, daySetting } from './mirror';
import { measurePostgres } from './mirror-postgres';
import { measureRun } from './session';

const SEED = 7;
const PAGE_SIZE = 100;
const log = (message: string) => console.error(`[bench] ${message}`);

async function measureSizes(
  browser: Browser,
  options: BenchOptions,
  dist: string,
  recorder: Recorder,
): Promise<void> {
  const largest = Math.max(...options.sizes);
  const plain = await startPlainBrowser(dist, options.concurrency);
  try {
    await measureEachSize(browser, options, dist, recorder, plain, largest);
  } finally {
    await plain.close();
  }
}

async function measureEachSize(
  browser: Browser,
  options: BenchOptions,
  dist: string,
  recorder: Recorder,
  plain: PlainBrowser,
  largest: number,
): Promise<void> {
  for (const size of options.sizes) {
    defineAll(recorder, sizeRows(size, PAGE_SIZE), options.only);
    if (size === largest) defineAll(recorder, largestRows(size), options.only);
    log(`${size} orders: starting vite preview and the emulator`);
    const stack = await startStack({
      dist,
      appPort: options.port,
      emulatorPort: options.port + 1,
      emulator: { EMULATOR_COUNT: size, EMULATOR_SEED: SEED, EMULATOR_RPM: 0 },
    });
    try {
      for (let run = 1; run <= options.runs; run++) {
        log(`${size} orders: run ${run}/${options.runs}`);
        recorder.floor(`requests.free.${size}`, Math.ceil(size / PAGE_SIZE));
        try {
          await measureRun({
            browser,
            stack,
            plain,
            recorder,
            options,
            size,
            largest: size === largest,
            run,
          });
        } catch (error) {
          // A run the app could not finish is a finding for the table, not a crash of the harness.
          recorder.note(`sync.all.${size}`, `run ${run}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    } finally {
      await stack.stop();
    }
  }
}

async function measureRequests(
  browser: Browser,
  options: BenchOptions,
  dist: string,
  recorder: Recorder,
): Promise<void> {
  const windowEnv = rateWindowEnv();
  const setting = rateSetting(options, windowEnv);
  const runs = windowEnv ? options.runs : 1;
  log(`rate limit: ${setting.count} orders at ${setting.limit} per ${setting.windowMs} ms, ${runs} run(s)`);
  const stack = await startStack({
    dist,
    appPort: options.port + 2,
    emulatorPort: options.port + 3,
    // The browser's own paging meets the 429s here; the mirror's budget is the 'mirror' figure's simulated day.
    emulator: { EMULATOR_SEED: SEED, MIRROR: 'off', ...setting.env },
  });
  const windows: number[] = [];
  try {
    for (let run = 1; run <= runs; run++)
      windows.push(await measureRateLimited(browser, stack, recorder, setting, PAGE_SIZE));
  } finally {
    await stack.stop();
  }
  defineAll(
    recorder,
    rateRows(setting.count, setting.limit, setting.windowMs, PAGE_SIZE, Math.min(...windows)),
    options.only,
  );
  if (!windowEnv) recorder.note('requests.elapsed', 'one run: the emulator window is a fixed minute');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const recorder = new Recorder();
  const tempDist = options.dist || options.skipBuild ? null : mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const dist = resolve(options.dist || tempDist || 'dist');
  try {
    if (!options.skipBuild) {
      log(`vite build → ${dist}`);
      await buildApp(dist);
    }
    if (wants(options, 'bundle')) {
      defineAll(recorder, bundleRows(), options.only);
      const bundle = measureBundle(dist);
      recorder.value('bundle.first', bundle.firstLoadGzip);
      recorder.value('bundle.total', bundle.totalJs);
      recorder.value('bundle.totalGzip', bundle.totalJsGzip);
      recorder.note('bundle.first', `${bundle.firstLoadFiles.length} file(s)`);
    }
    if (wants(options, 'mirror')) {
      defineAll(recorder, mirrorRows(Math.max(...options.sizes), daySetting(options.quick)), options.only);
      await measureMirror(options, recorder, log);
    }
    if (wants(options, 'postgres')) await measurePostgres(options, dist, recorder, log);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const chromiumVersion = browser.version();
    try {
      const pageFigures = ['sync', 'heap', 'interactions', 'scroll', 'reload', 'charts'] as const;
      if (pageFigures.some((f) => wants(options, f))) await measureSizes(browser, options, dist, recorder);
      if (wants(options, 'requests')) await measureRequests(browser, options, dist, recorder);
    } finally {
      await browser.close();
    }
    const rows = recorder.rows();
    const table = formatTable(rows);
    const machine = describeMachine(chromiumVersion);
    const result = {
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      machine,
      // The PostgreSQL URL holds a password: the results say only whether one was given.
      options: { ...options, pg: options.pg ? 'given' : '' },
      rows,
      table,
    };
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(table);
    console.log(
      `\n${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Chromium ${machine.chromium}, node ${machine.node}`,
    );
    console.log(`Results: ${out} (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    if (tempDist) rmSync(tempDist, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  // Exit now: a broken scenario can leave a pool or a socket open that would keep the process waiting.
  process.exit(1);
});
