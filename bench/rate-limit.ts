import type { Browser } from '@playwright/test';
import { KNOBS } from '../server/emulator/knobs';
import type { BenchOptions } from './options';
import { prepareContext, waitForMarks } from './page-marks';
import type { Recorder } from './recorder';
import { emulatorRequests, resetEmulatorStats, type Stack } from './servers';

export const DEFAULT_WINDOW_MS = 60_000;

/** The emulator's rate-window knob, if it has one: without it a window is a full minute. */
export function rateWindowEnv(): string | null {
  const knob = KNOBS.find((k) => /window/i.test(String(k.key)));
  return knob?.env ?? null;
}

export type RateSetting = {
  count: number;
  limit: number;
  windowMs: number;
  env: Record<string, string | number>;
};

/**
 * A limit that the sync must run into at least once (pages need more than one window), kept short where the
 * emulator's window can be shortened.
 */
export function rateSetting(options: BenchOptions, windowEnv: string | null): RateSetting {
  const windowMs = windowEnv ? options.rateWindowMs : DEFAULT_WINDOW_MS;
  // A smoke run cannot wait out a whole minute; it keeps the limit just out of reach instead.
  const limit =
    options.quick && !windowEnv
      ? Math.max(options.rpm, minimumRequests(options.rateCount, 100) + 2)
      : options.rpm;
  const env: Record<string, string | number> = { EMULATOR_COUNT: options.rateCount, EMULATOR_RPM: limit };
  if (windowEnv) env[windowEnv] = windowMs;
  return { count: options.rateCount, limit, windowMs, env };
}

/** ceil(N / page size): the fewest requests any client could spend; one more proves the end. */
export const minimumRequests = (count: number, pageSize: number) => Math.ceil(count / pageSize);

export async function measureRateLimited(
  browser: Browser,
  stack: Stack,
  recorder: Recorder,
  setting: RateSetting,
  pageSize: number,
): Promise<number> {
  await resetEmulatorStats(stack);
  const context = await browser.newContext();
  try {
    await prepareContext(context);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(stack.appUrl, { waitUntil: 'commit' });
    const pages = minimumRequests(setting.count, pageSize);
    const timeout = (Math.ceil(pages / setting.limit) + 2) * setting.windowMs + 60_000;
    const marks = await waitForMarks(page, (m) => m.allHeld !== undefined, timeout);
    const elapsed = Date.now() - started;
    if (marks.allHeld === undefined) recorder.note('requests.limited', `sync not done within ${timeout} ms`);
    const requests = await emulatorRequests(stack);
    if (!requests) {
      recorder.note('requests.limited', 'emulator summary has no request counters');
      return 1;
    }
    recorder.value('requests.limited', requests.total);
    recorder.floor('requests.limited', pages);
    recorder.value('requests.429', requests.rateLimited);
    recorder.value('requests.elapsed', elapsed);
    // Windows are aligned to the clock (the emulator's minutes), so count the ones this sync touched.
    return Math.floor(Date.now() / setting.windowMs) - Math.floor(started / setting.windowMs) + 1;
  } finally {
    await context.close();
  }
}
