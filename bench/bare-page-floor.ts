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
