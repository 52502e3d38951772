/**
 * "Deep-linked drawer visible on a fresh browser, warm mirror": opens `/?order=<id>` in a new browser context
 * against a mirror that holds every order and a team with saved views, and reports (ms since navigation)
 * when the last `changes` response ended, the first row, `orders-sync` done and the drawer with its contact,
 * plus the main thread's CPU time (CDP ThreadTime), which a loaded machine skews far less than wall time.
 * Several builds side by side (`--dist a,b`) alternate run by run, so they meet the same load.
 *
 *   npx tsx bench/deep-link.ts --sizes 3000,100000 --runs 3 --dist dist --port 4700
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startStack, type Stack } from './servers';
import { spread } from './stats';

type Marks = { data?: number; firstRow?: number; done?: number; drawer?: number };
const FIGURES = ['data', 'firstRow', 'done', 'drawer', 'cpu'] as const;
type Run = Record<(typeof FIGURES)[number], number>;

const VIEWS = [
  ['Paid', 'status=paid'],
  ['Late', 'queue=attention'],
  ['Budi', 'q=budi'],
  ['First half', 'from=2026-01-01&to=2026-06-30'],
  ['Open, biggest', 'status=pending,processing&sort=-grand_total'],
] as const;

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};

/** Runs in the page before the app: notes each landmark's first appearance. */
function installMarks(): void {
  const marks: Marks = {};
  (window as unknown as { __deepLink: Marks }).__deepLink = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[])
      if (entry.name.includes('/api/mirror/changes'))
        marks.data = Math.max(marks.data ?? 0, entry.responseEnd);
  }).observe({ type: 'resource', buffered: true });
  new MutationObserver(() => {
    const now = performance.now();
    marks.firstRow ??= document.querySelector('[data-testid="order-row"]') ? now : undefined;
    const sync = document.querySelector('[data-testid="orders-sync"]');
    marks.done ??= sync?.getAttribute('data-state') === 'done' ? now : undefined;
    const contact = '[data-testid="order-drawer"] [data-testid="order-contact"]';
    marks.drawer ??= document.querySelector(contact) ? now : undefined;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function openDeepLink(browser: Browser, stack: Stack, id: string): Promise<Run> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installMarks);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${stack.appUrl}/?order=${encodeURIComponent(id)}`);
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { __deepLink: Marks }).__deepLink;
        return m.done !== undefined && m.drawer !== undefined && m.firstRow !== undefined;
      },
      undefined,
      { timeout: 180_000, polling: 50 },
    );
    const marks = await page.evaluate(() => ({
      ...(window as unknown as { __deepLink: Marks }).__deepLink,
    }));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    return {
      data: marks.data ?? NaN,
      firstRow: marks.firstRow!,
      done: marks.done!,
      drawer: marks.drawer!,
      cpu,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const sizes = option('sizes', '3000,100000').split(',').map(Number);
  const runs = Number(option('runs', '3'));
  const dists = option('dist', 'dist').split(',');
  const port = Number(option('port', '4700'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const size of sizes) {
      const emulator = { EMULATOR_COUNT: size, EMULATOR_SEED: 7 };
      const stacks = await Promise.all(
        dists.map((dist, i) =>
          startStack({ dist, appPort: port + 2 * i, emulatorPort: port + 2 * i + 1, emulator }),
        ),
      );
      try {
        for (const stack of stacks)
          for (const [name, search] of VIEWS)
            await fetch(`${stack.appUrl}/api/views`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ name, search }),
            });
        const page = await fetch(`${stacks[0]!.emulatorUrl}/api/orders?limit=100&page=1`, {
          headers: { Authorization: 'Bearer emulator-local-key' },
        });
        const id = ((await page.json()) as { data: { orders: { id: string }[] } }).data.orders[42]!.id;
        const results: Run[][] = dists.map(() => []);
        for (let run = 0; run < runs; run++)
          for (const [i, stack] of stacks.entries()) results[i]!.push(await openDeepLink(browser, stack, id));
        for (const [i, dist] of dists.entries()) {
          const cells = FIGURES.map((f) => {
            const s = spread(results[i]!.map((r) => r[f]));
            return s ? `${f} ${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : `${f} n/a`;
          });
          console.log(`${size} orders, ${dist}, median of ${runs} ms: ${cells.join(', ')}`);
        }
      } finally {
        await Promise.all(stacks.map((stack) => stack.stop()));
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
