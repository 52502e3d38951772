import { expect, test, type Page } from '@playwright/test';
import { generateOrders } from '../server/emulator/generate.ts';
import { appUrl, emulatorSummary, stacks } from './support/stacks';

// These specs read the English texts; the Indonesian screens have their own spec (i18n.spec.ts).
test.use({ locale: 'en-US' });

/** Every order id the sync stored in IndexedDB (the persisted copy of what the page holds). */
async function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cekat-orders');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('sync').objectStore('sync').getAll();
          request.onsuccess = () =>
            resolve(
              (request.result as unknown[])
                .filter((value): value is { id: string }[] => Array.isArray(value))
                .flat()
                .map((order) => order.id),
            );
        };
      }),
  );
}

test('a live, rate-limited upstream syncs to done with every order once, and a reload shows them at once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(appUrl(stacks.syncLive));
  const sync = page.getByTestId('orders-sync');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await expect(sync).toContainText('Waiting for the rate limit, resuming in', { timeout: 60_000 });
  await expect(sync).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const count = Number(await sync.getAttribute('data-count'));

  await expect.poll(async () => (await storedIds(page)).length, { timeout: 10_000 }).toBe(count);
  const ids = await storedIds(page);
  expect(new Set(ids).size).toBe(ids.length);
  // Every order that existed when the sync started is held (the history depends on the seed and the
  // anchor), however the live arrivals shifted the pages; orders that arrived during the sync may be held too.
  const { EMULATOR_SEED, EMULATOR_COUNT, EMULATOR_ANCHOR } = stacks.syncLive.env;
  const original = generateOrders({
    count: Number(EMULATOR_COUNT),
    seed: Number(EMULATOR_SEED),
    anchor: new Date(EMULATOR_ANCHOR),
  });
  const held = new Set(ids);
  expect(original.filter((order) => !held.has(order.id)).map((order) => order.id)).toEqual([]);
  expect(count).toBeLessThanOrEqual((await emulatorSummary(stacks.syncLive)).count);

  // After a reload the stored orders are back before any page answers (how soon is the bench's reload row);
  // the background check may then add orders that arrived since.
  let release = () => {};
  const pagesHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/orders?*', async (route) => {
    await pagesHeld;
    await route.continue();
  });
  await page.reload();
  await expect.poll(async () => Number(await sync.getAttribute('data-count'))).toBeGreaterThanOrEqual(count);
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  release();
  await expect(sync).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  expect(Number(await sync.getAttribute('data-count'))).toBeGreaterThanOrEqual(count);
});

test('a failing upstream ends in a helpful sync error, keeping Retry at hand', async ({ page }) => {
  await page.goto(appUrl(stacks.syncFailing));
  const error = page.getByTestId('sync-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText('The Cekat API is failing');
  await expect(error).toContainText('Retry');
  await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'error');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  // No zeros that would read as a shop without sales: the figures say they could not be loaded.
  const revenue = page.getByRole('region', { name: 'Revenue' });
  await expect(revenue).toContainText('No figures: the orders could not be loaded yet');
  await expect(revenue).not.toContainText('Rp');
});
