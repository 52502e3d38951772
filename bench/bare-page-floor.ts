import type { Browser } from '@playwright/test';

const FLOOR_PATH = '/__bench-floor';

// No app: an HTML page whose only work is to fetch and parse page 1 from the same proxy.
const BARE_PAGE = `<!doctype html><title>floor</title><script>
fetch('/api/orders?limit=100&page=1').then((r) => r.json()).then((j) => {
  document.body.textContent = (j.data?.orders?.length ?? 0) + ' orders';
  window.__floorMs = performance.now();
});
</script>`;

/**
 * The first-rows floor in the same browser: navigation plus page 1, which the Node floor leaves out, so the
 * app's own cost (loading and starting its bundle, rendering) stands apart from what any page would pay.
 */
export async function bareFirstPageMs(browser: Browser, appUrl: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${appUrl}${FLOOR_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: BARE_PAGE }),
    );
    await page.goto(`${appUrl}${FLOOR_PATH}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __floorMs?: number }).__floorMs,
      null,
      {
        timeout: 30_000,
      },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * The all-pages floor in the same (Playwright-driven) browser as the app's run: a bare page fetching and
 * parsing every page with the given concurrency, so the app's time under the same instrumentation has a fair
 * comparison.
 */
export async function bareAllPagesMs(browser: Browser, appUrl: string, concurrency: number): Promise<number> {
  const context = await browser.newContext();
  try {
    // tsx names functions through an `__name` helper that a serialised function takes into the page with it.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const page = await context.newPage();
    await page.route(`${appUrl}${FLOOR_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>floor</title>' }),
    );
    await page.goto(`${appUrl}${FLOOR_PATH}`);
    return await page.evaluate(async (workers) => {
      const started = performance.now();
      let next = 1;
      let end = Number.POSITIVE_INFINITY;
      let largest = 0;
      const worker = async () => {
        while (next <= end) {
          const n = next++;
          const body = (await (await fetch(`/api/orders?limit=100&page=${n}`)).json()) as {
            data: { orders: unknown[] };
          };
          const length = body.data.orders.length;
          largest = Math.max(largest, length);
          if (length === 0 || length < largest) end = Math.min(end, n);
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
      return performance.now() - started;
    }, concurrency);
  } finally {
    await context.close();
  }
}
