import type { Browser, Page } from '@playwright/test';
import { measureArrayFloor } from './array-floor';
import { bareFirstPageMs } from './bare-page-floor';
import { fetchFloor } from './floor-sync';
import { INTERACTIONS, runInteractions } from './interactions';
import { measureFeedWait } from './mirror-wait';
import { wants, type BenchOptions } from './options';
import { prepareContext, stopMarks, waitForMarks } from './page-marks';
import { waitForPersisted } from './persisted';
import { PLAIN_APP, PLAIN_FLOOR, type PlainBrowser } from './plain-browser';
import type { Recorder } from './recorder';
import { scrollEndToEnd } from './scroll';
import { emulatorRequests, resetEmulatorStats, type Stack } from './servers';

export type RunSetup = {
  browser: Browser;
  stack: Stack;
  /** A Chromium with no debugger attached, for the sync timings users actually get. */
  plain: PlainBrowser;
  recorder: Recorder;
  options: BenchOptions;
  size: number;
  largest: boolean;
  /** 1-based; the array floor is steady enough to fetch and time once. */
  run: number;
};

/** What carries orders to the page: upstream pages (mirror off) or the mirror's changes. */
const isOrdersPayload = (path: string) => path.startsWith('/api/orders') || path === '/api/mirror/changes';

export const syncTimeoutMs = (size: number) => 60_000 + size * 3;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** One fresh browser profile at one size: the floor, the sync, then everything measured with the orders held. */
export async function measureRun({
  browser,
  stack,
  plain,
  recorder,
  options,
  size,
  largest,
  run,
}: RunSetup): Promise<void> {
  const r = recorder;
  if (wants(options, 'sync')) {
    const floor = await fetchFloor(stack.appUrl, options.concurrency);
    r.floor(`sync.first.${size}`, floor.firstPageMs);
    r.floor(`sync.all.${size}`, floor.allMs);
    if (floor.orders !== size) r.note(`sync.all.${size}`, `floor fetched ${floor.orders} orders`);
    r.floor(`sync.firstBare.${size}`, await bareFirstPageMs(browser, stack.appUrl));
    const timeout = syncTimeoutMs(size);
    const bare = await plain.measure(stack.appUrl, PLAIN_FLOOR, timeout);
    r.floor(`sync.allBare.${size}`, bare.all);
    const app = await plain.measure(stack.appUrl, PLAIN_APP, timeout);
    if (app.all < 0) throw new Error(`sync error at ${size} orders in the plain browser`);
    r.value(`sync.first.${size}`, app.first);
    r.value(`sync.all.${size}`, app.all);
    r.value(`sync.allBare.${size}`, app.all);
    if (app.count !== size) r.note(`sync.all.${size}`, `orders-sync said ${app.count} held`);
    if (largest) {
      const wait = await measureFeedWait(stack.appUrl);
      r.value(`sync.wait.${size}`, wait.busyP90);
      r.floor(`sync.wait.${size}`, wait.idleP90);
      if (run === 1) r.note(`sync.wait.${size}`, `GET /api/config every 20 ms, ${wait.probes} probes a run`);
    }
    const underPlaywright = await plain.measureUnder(browser, stack.appUrl, PLAIN_FLOOR, timeout);
    r.floor(`sync.allDevtools.${size}`, underPlaywright.all);
  }
  await resetEmulatorStats(stack);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await prepareContext(context);
    const page = await context.newPage();
    let bytes = 0;
    let counting = true;
    page.on('response', (response) => {
      if (!counting || !isOrdersPayload(new URL(response.url()).pathname)) return;
      const headers = response.headers();
      const length = Number(headers['content-length']);
      if (!headers['content-encoding'] && Number.isFinite(length)) bytes += length;
      else
        void response.body().then(
          (body) => (bytes += body.length),
          () => undefined,
        );
    });
    await page.goto(stack.appUrl, { waitUntil: 'commit' });
    const marks = await waitForMarks(page, (m) => m.allHeld !== undefined, syncTimeoutMs(size));
    counting = false;
    if (marks.syncError !== undefined)
      throw new Error(`sync error at ${size} orders: see the orders-sync landmark`);
    if (marks.allHeld === undefined)
      throw new Error(`sync of ${size} orders not done within ${syncTimeoutMs(size)} ms`);
    r.value(`sync.firstBare.${size}`, marks.firstRow);
    r.value(`sync.allDevtools.${size}`, marks.allHeld);
    if (marks.heldCount !== size)
      r.note(`sync.allDevtools.${size}`, `orders-sync said ${marks.heldCount} held`);
    const requests = await emulatorRequests(stack);
    r.value(`requests.free.${size}`, requests?.total);
    if (!requests) r.note(`requests.free.${size}`, 'emulator summary has no request counters');

    if (wants(options, 'charts') && largest) {
      const charted = await waitForMarks(page, (m) => m.chartsReady !== undefined, 10_000);
      if (charted.chartsReady === undefined)
        r.note(`charts.${size}`, 'revenue-by-status figures never summed to the orders held');
      else r.value(`charts.${size}`, Math.max(0, charted.chartsReady - (marks.allHeld ?? 0)));
    }
    await stopMarks(page);

    if (wants(options, 'heap')) {
      r.value(`heap.${size}`, await heapAfterGc(page));
      r.floor(`heap.${size}`, bytes);
    }
    if (largest && wants(options, 'interactions')) {
      const outcome = await runInteractions(page, options.search);
      for (const name of INTERACTIONS) {
        const { timings, note } = outcome[name];
        for (const timing of timings) r.value(`interaction.${name}`, timing.duration);
        if (timings.some((t) => t.belowThreshold))
          r.note(`interaction.${name}`, '16 ms = under the Event Timing threshold');
        if (note) r.note(`interaction.${name}`, note);
      }
      if (outcome.search.settleMs != null) r.value('interaction.searchSettle', outcome.search.settleMs);
      else r.note('interaction.searchSettle', 'orders-visible-count did not change after the search');
      if (outcome.drawer.settleMs != null) r.value('interaction.drawerShown', outcome.drawer.settleMs);
    }
    if (largest && wants(options, 'scroll')) {
      const scrolled = await scrollEndToEnd(page, options.scrollFrames, options.quick ? 5000 : 30_000);
      if ('note' in scrolled) r.note('scroll.rows', scrolled.note);
      else {
        r.value('scroll.rows', scrolled.maxRenderedRows);
        r.value('scroll.loaf', scrolled.longFrames);
        r.value('scroll.loafMs', scrolled.longFramesMs);
        if (scrolled.reached < 1)
          r.note('scroll.rows', `time budget ran out at ${Math.round(scrolled.reached * 100)}% of the list`);
        else if (!scrolled.reachedEnd) r.note('scroll.rows', 'did not reach the end of the list');
        r.note(
          'scroll.loaf',
          `${scrolled.frames} frames in ${Math.round(scrolled.elapsedMs)} ms (${scrolled.container})`,
        );
      }
    }
    if (largest && run === 1 && wants(options, 'interactions')) {
      const floor = await measureArrayFloor(page, options.search, options.concurrency);
      for (const name of ['sort', 'status', 'search', 'clear'] as const)
        r.floor(`interaction.${name}`, floor[name]);
    }
    if (wants(options, 'reload')) {
      const waited = await waitForPersisted(page, 60_000);
      if (waited === null)
        r.note(`reload.${size}`, 'IndexedDB not caught up with the mirror 60 s after done');
      else if (waited > 0)
        r.note(`reload.${size}`, `IndexedDB caught up ${Math.round(waited)} ms after done`);
      await resetEmulatorStats(stack);
      let asked = 0;
      const countRequest = (request: { url: () => string }) => {
        const path = new URL(request.url()).pathname;
        if (isOrdersPayload(path)) asked++;
      };
      page.on('request', countRequest);
      await page.reload({ waitUntil: 'commit' });
      const again = await waitForMarks(page, (m) => m.firstRow !== undefined, 30_000);
      r.value(`reload.${size}`, again.firstRow);
      if (again.firstRow === undefined) r.note(`reload.${size}`, 'no row within 30 s of reload');
      const settled = await waitForMarks(
        page,
        (m) => m.allHeld !== undefined,
        Math.min(60_000, syncTimeoutMs(size)),
      );
      if (settled.allHeld !== undefined) r.value(`reload.done.${size}`, settled.allHeld);
      else r.note(`reload.done.${size}`, 'sync not done again within 60 s');
      page.off('request', countRequest);
      r.value(`reload.requests.${size}`, asked);
      r.note(`reload.requests.${size}`, `upstream: ${(await emulatorRequests(stack))?.total ?? 'n/a'}`);
    }
  } finally {
    await context.close();
  }
}
