import { expect, test, type Page } from '@playwright/test';
import { appUrl, changeStatuses, deleteOrders, emulatorSummary, stacks, type Stack } from './support/stacks';
import { shownFigures, upstreamFigures } from './support/mirror-figures';

// The assertions read the English texts.
test.use({ locale: 'en-US' });

const syncLine = (page: Page) => page.getByTestId('orders-sync');

async function openSynced(page: Page, stack: Stack) {
  await page.goto(appUrl(stack));
  await expect(syncLine(page)).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
}

/** Each held order's status, from the page's IndexedDB copy (what it holds, whatever the view shows). */
async function heldStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('cekat-orders');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('sync').objectStore('sync').getAll();
          request.onsuccess = () => {
            const statuses: Record<string, string> = {};
            for (const value of request.result as unknown[])
              if (Array.isArray(value))
                for (const order of value as { id: string; order_status: string }[])
                  statuses[order.id] = order.order_status;
            resolve(statuses);
          };
        };
      }),
  );
}

/** The orders whose moves took them from another status to `paid`. */
function nowPaid(changes: readonly { id: string; from: string; to: string }[]): string[] {
  const last = new Map(changes.map((c) => [c.id, c.to]));
  const first = new Map([...changes].reverse().map((c) => [c.id, c.from]));
  return [...last].filter(([id, to]) => to === 'paid' && first.get(id) !== 'paid').map(([id]) => id);
}

/** Waits until the upstream has had no request for two seconds; its request count then. */
async function quietUpstream(stack: Stack): Promise<number> {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const total = (await emulatorSummary(stack)).requests.total;
    if (total === last && total > 0) return total;
    last = total;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error('the upstream never went quiet');
}

test('a status change upstream reaches an open page’s chips, counts and revenue without a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stack = stacks.mirrorLive;
  await openSynced(page, stack);
  await expect.poll(() => shownFigures(page)).toEqual(upstreamFigures(await emulatorSummary(stack)));
  await expect(page).toHaveTitle('Cekat Orders');
  const row = page.getByTestId('order-row').nth(2);
  const focusedId = await row.getAttribute('data-order-id');
  await row.focus();
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));

  // Moves until some order has become paid: the tab title counts payments that arrive live.
  const changes: Awaited<ReturnType<typeof changeStatuses>> = [];
  for (let round = 0; round < 10 && nowPaid(changes).length === 0; round++)
    changes.push(...(await changeStatuses(stack, 30)));
  expect(changes.length).toBeGreaterThan(20);
  expect(nowPaid(changes).length).toBeGreaterThan(0);
  const summary = await emulatorSummary(stack);
  await expect.poll(() => shownFigures(page), { timeout: 60_000 }).toEqual(upstreamFigures(summary));
  for (const [status, { count }] of Object.entries(upstreamFigures(summary)))
    await expect(page.getByTestId(`status-filter-${status}`)).toHaveText(new RegExp(`^\\D*\\b${count}\\D*$`));
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(summary.count));
  await expect(syncLine(page)).toHaveAttribute('data-state', 'done');
  // An order that became paid while the page was open counts in the tab title (never the first sync's orders).
  await expect(page).toHaveTitle(/^\(\d+\) Cekat Orders$/);

  // The same document throughout, focus where the user left it.
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-order-id'))).toBe(focusedId);
});

test('an order deleted upstream leaves an open page’s counts, revenue and table once two sweeps miss it', async ({
  page,
}) => {
  // Two whole sweep passes of 32 s after the deletion, at most three.
  test.setTimeout(180_000);
  const stack = stacks.mirrorDeletions;
  await openSynced(page, stack);
  const deleted = await deleteOrders(stack, 3);
  expect(deleted).toHaveLength(3);
  const summary = await emulatorSummary(stack);
  expect(summary.count).toBe(797);
  await expect(syncLine(page)).toHaveAttribute('data-count', '797', { timeout: 150_000 });
  await expect.poll(() => shownFigures(page)).toEqual(upstreamFigures(summary));
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', '797');
  await page.goto(`${appUrl(stack)}/?order=${encodeURIComponent(deleted[0]!)}`);
  await expect(page.getByTestId('order-drawer')).toContainText(/not found/i);
});

test('Refresh brings new orders and changed open orders by the time it returns', async ({ page }) => {
  test.setTimeout(120_000);
  const stack = stacks.mirrorRefresh;
  await openSynced(page, stack);
  const changes = await changeStatuses(stack, 20);
  // The last move of each order that moved from an open status: Refresh checks the open orders.
  const last = new Map(changes.map((c) => [c.id, c]));
  const open = [...last.values()].filter((c) =>
    ['pending', 'paid', 'processing', 'shipped'].includes(c.from),
  );
  expect(open.length).toBeGreaterThan(0);
  // Orders keep arriving (EMULATOR_LIVE): everything upstream by the click must be held when it returns.
  const upstreamCount = (await emulatorSummary(stack)).count;

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(syncLine(page)).toContainText(/\d+ new, \d+ changed/, { timeout: 60_000 });
  await expect(syncLine(page)).toHaveAttribute('data-state', 'done');
  expect(Number(await syncLine(page).getAttribute('data-count'))).toBeGreaterThanOrEqual(upstreamCount);
  const expected = Object.fromEntries(open.map((c) => [c.id, c.to]));
  await expect
    .poll(async () => {
      const held = await heldStatuses(page);
      return Object.fromEntries(Object.keys(expected).map((id) => [id, held[id]]));
    })
    .toEqual(expected);
});

test('three browsers over one mirror cost the upstream one sync, not three', async ({ browser }) => {
  test.setTimeout(120_000);
  const stack = stacks.mirrorShared;
  // The mirror's own first read and first round of open orders come first; then it is quiet for an hour
  // (MIRROR_HEAD_SECONDS), so what the three browsers cost the upstream shows on its own.
  const before = await quietUpstream(stack);
  const contexts = await Promise.all([1, 2, 3].map(() => browser.newContext()));
  try {
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    await Promise.all(pages.map((page) => openSynced(page, stack)));
    const summary = await emulatorSummary(stack);
    for (const page of pages)
      await expect(syncLine(page)).toHaveAttribute('data-count', String(summary.count));
    // One read of the history is ceil(count / page size) requests; three browsers paging it would be 3×.
    const oneSync = Math.ceil(summary.count / summary.maxPageSize);
    expect(before).toBeGreaterThanOrEqual(oneSync);
    expect(summary.requests.total - before).toBeLessThan(oneSync);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
