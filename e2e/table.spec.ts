import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { emulatorSummary, stacks } from './support/stacks';

// These specs read the English texts; the Indonesian screens have their own spec (i18n.spec.ts).
test.use({ locale: 'en-US' });

const synced = async (page: Page) =>
  expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
const visibleCount = async (page: Page) =>
  Number(await page.getByTestId('orders-visible-count').getAttribute('data-count'));

test('filtering by a status shows exactly the emulator count for it', async ({ page }) => {
  const summary = await emulatorSummary(stacks.main);
  await page.goto('/');
  await synced(page);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(summary.count));
  const paid = summary.byStatus.paid!.count;
  const chip = page.getByTestId('status-filter-paid');
  // Each chip's text is its label and its count, and no other number (CONTRACT.md).
  for (const [status, { count }] of Object.entries(summary.byStatus)) {
    await expect(page.getByTestId(`status-filter-${status}`)).toHaveText(new RegExp(`^\\D*\\b${count}\\D*$`));
  }
  // People see the thousands grouped as everywhere else (`2.615`), drawn by CSS so the text stays one number.
  const [largest, { count: most }] = Object.entries(summary.byStatus).sort(
    (a, b) => b[1].count - a[1].count,
  )[0]!;
  expect(most).toBeGreaterThanOrEqual(1000);
  const shown = await page
    .getByTestId(`status-filter-${largest}`)
    .evaluate((button) =>
      [...button.querySelectorAll('span span')]
        .map(
          (group) => getComputedStyle(group, '::before').content.replace(/^none$|"/g, '') + group.textContent,
        )
        .join(''),
    );
  expect(shown).toBe(most.toLocaleString('id-ID'));
  await chip.click();
  await expect(page).toHaveURL(/status=paid/);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(paid));
  for (const row of await page.getByTestId('order-row').all()) await expect(row).toContainText('Paid');
});

test('sorting by grand total descending puts the largest first', async ({ page, request }) => {
  await page.goto('/');
  await synced(page);
  const header = page.getByRole('button', { name: /Grand total/ });
  await header.click();
  await expect(page).toHaveURL(/sort=-grand_total/);
  const pages = await Promise.all(
    [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
      29, 30,
    ].map(
      async (p) =>
        (await (await request.get(`/api/orders?limit=100&page=${p}`)).json()).data.orders as {
          id: string;
          grand_total: number;
        }[],
    ),
  );
  const max = Math.max(...pages.flat().map((o) => Number(o.grand_total) || 0));
  const first = page.getByTestId('order-row').first();
  await expect(first).toHaveAttribute('data-index', '0');
  await expect(first).toContainText(`Rp ${max.toLocaleString('id-ID')}`.replace(/\s/g, '\u00a0'));
  await expect(page.getByRole('columnheader', { name: /Grand total/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('a URL with filters reproduces the view after reload, and back/forward walk the views', async ({
  page,
}) => {
  await page.goto('/?status=pending,cancelled&sort=order_number&q=a');
  await synced(page);
  const count = await visibleCount(page);
  const firstId = await page.getByTestId('order-row').first().getAttribute('data-order-id');
  expect(count).toBeGreaterThan(0);
  await page.reload();
  await synced(page);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(count));
  await expect(page.getByTestId('order-row').first()).toHaveAttribute('data-order-id', firstId!);
  await expect(page.getByRole('searchbox', { name: 'Search orders' })).toHaveValue('a');
  await expect(page.getByTestId('status-filter-pending')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('status-filter-pending').click();
  await expect(page).toHaveURL(/status=cancelled(&|$)/);
  const narrower = await visibleCount(page);
  expect(narrower).toBeLessThan(count);
  await page.goBack();
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(count));
  await page.goForward();
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(narrower));
});

test('bad URL values fall back to the default view', async ({ page }) => {
  const summary = await emulatorSummary(stacks.main);
  await page.goto('/?sort=nonsense,-;drop&from=2026-13-45&to=yesterday');
  await synced(page);
  await expect(page.getByTestId('orders-table')).toBeVisible();
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(summary.count));
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('the exported CSV has exactly the rows of the view', async ({ page }) => {
  await page.goto('/?status=refunded&sort=-grand_total');
  await synced(page);
  const count = await visibleCount(page);
  const shownIds = await page
    .getByTestId('order-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order-id')));
  const exportAs = async (headers: string) => {
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: headers }).click(),
    ]);
    return file;
  };
  const download = await exportAs('Column names');
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toContain('Grand total');
  expect(lines.length - 1).toBe(count);
  expect(lines.slice(1, 1 + shownIds.length).map((l) => l.split(',')[0])).toEqual(shownIds);

  // The same rows under the API's field names, status values as the API spells them.
  const fields = readFileSync((await (await exportAs('API field names')).path())!, 'utf8')
    .slice(1)
    .split('\r\n');
  expect(fields[0]).toMatch(
    /^id,order_number,created_at,contact\.display_name,contact\.phone_number,order_status,/,
  );
  expect(fields[1]).toContain(',refunded,');
});

test('keyboard: / focuses search, Esc clears it, arrows move the row focus, Enter opens the order', async ({
  page,
}) => {
  await page.goto('/');
  await synced(page);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search orders' });
  await expect(search).toBeFocused();
  await search.fill('zzzzzz-no-such-order');
  await expect(page.getByText('No orders match', { exact: true })).toBeVisible();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await page.getByTestId('order-row').first().click();
  await expect(page).toHaveURL(/order=/);
  await page.goBack();
  await page.getByTestId('order-row').first().focus();
  await page.keyboard.press('j');
  const second = page.locator('[data-testid="order-row"][data-index="1"]');
  await expect(second).toBeFocused();
  const id = await second.getAttribute('data-order-id');
  // Every row is also a real link, so "open in new tab" works (read before the modal drawer hides the table).
  const href = await second.getByRole('link').getAttribute('href');
  expect(href).toContain(`order=${id}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`order=${id}`));
  await expect(page.getByTestId('order-drawer')).toBeVisible();
});
