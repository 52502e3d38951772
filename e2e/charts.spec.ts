import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emulatorSummary, stacks } from './support/stacks';

// These specs read the English texts; the Indonesian screens have their own spec (i18n.spec.ts).
test.use({ locale: 'en-US' });

async function openSynced(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
}

const figures = (page: Page) => page.getByTestId('revenue-by-status').locator('[data-count]');

test('every revenue-by-status figure equals the emulator’s own totals', async ({ page }) => {
  const summary = await emulatorSummary(stacks.main);
  await openSynced(page);
  await expect(figures(page)).toHaveCount(Object.keys(summary.byStatus).length);

  const shown = await figures(page).evaluateAll((rows) =>
    rows.map((row) => ({
      status: row.getAttribute('data-status'),
      count: Number(row.getAttribute('data-count')),
      revenue: Number(row.getAttribute('data-revenue')),
    })),
  );
  const expected = Object.entries(summary.byStatus).map(([status, f]) => ({ status, ...f }));
  const byStatus = (a: { status: string | null }, b: { status: string | null }) =>
    String(a.status).localeCompare(String(b.status));
  expect(shown.sort(byStatus)).toEqual(expected.sort(byStatus));
  expect(shown.reduce((sum, f) => sum + f.revenue, 0)).toBe(summary.totalRevenue);

  // Lifecycle order in the table: documented statuses first, as the status table lists them.
  const order = shown.map((f) => f.status);
  const lifecycle = ['pending', 'paid', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded'];
  const documented = lifecycle.filter((s) => order.includes(s));
  expect(
    (await figures(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).slice(
      0,
      documented.length,
    ),
  ).toEqual(documented);
});

test('clicking a status bar filters the table to that status, and again clears it', async ({ page }) => {
  const summary = await emulatorSummary(stacks.main);
  const pending = summary.byStatus['pending'];
  expect(pending?.count).toBeGreaterThan(0);
  await openSynced(page);

  const revenueChart = page.locator('figure', { hasText: 'Revenue by status' });
  const bar = revenueChart.locator('.recharts-bar-rectangle [data-status="pending"]');
  await bar.hover();
  await expect(revenueChart.locator('.recharts-tooltip-wrapper')).toContainText('Pending');
  await bar.click();

  await expect(page).toHaveURL(/[?&]status=pending(&|$)/);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute(
    'data-count',
    String(pending!.count),
  );
  await expect(page.getByTestId('status-filter-pending')).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByTestId('revenue-by-status').getByRole('button', { name: /Pending/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  // The figures stay under the non-status filters: selecting a status does not change them.
  await expect(page.getByTestId('revenue-by-status').locator('[data-status="delivered"]')).toHaveAttribute(
    'data-count',
    String(summary.byStatus['delivered']!.count),
  );

  await bar.click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute('data-count', String(summary.count));
});

test('the exact-figures table toggles a status from the keyboard', async ({ page }) => {
  const summary = await emulatorSummary(stacks.main);
  await openSynced(page);
  const paid = page.getByTestId('revenue-by-status').getByRole('button', { name: /^Paid/ });
  await paid.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]status=paid(&|$)/);
  await expect(page.getByTestId('orders-visible-count')).toHaveAttribute(
    'data-count',
    String(summary.byStatus['paid']!.count),
  );
});

test('the charts follow the date range and show an empty state when nothing matches', async ({ page }) => {
  await openSynced(page, '/?from=1990-01-01&to=1990-01-31');
  const section = page.getByRole('region', { name: 'Revenue' });
  await expect(section).toContainText('No orders match the date range');
  await expect(figures(page)).toHaveCount(0);
});

test('the charts can be hidden, and stay hidden after a reload', async ({ page }) => {
  await openSynced(page);
  await page.getByRole('button', { name: 'Hide charts' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show charts' })).toBeVisible();
  await page.getByRole('button', { name: 'Show charts' }).click();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('the revenue section has no serious accessibility violations, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openSynced(page);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="revenue-title"]')
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme} ${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('charts start folded; once shown, tapping a status bar filters the table', async ({ page }) => {
    const summary = await emulatorSummary(stacks.main);
    await openSynced(page);
    await expect(page.getByText('Gross', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Show charts' }).tap();
    const revenueChart = page.locator('figure', { hasText: 'Revenue by status' });
    await revenueChart.locator('.recharts-bar-rectangle [data-status="shipped"]').tap();
    await expect(page).toHaveURL(/[?&]status=shipped(&|$)/);
    await expect(page.getByTestId('orders-visible-count')).toHaveAttribute(
      'data-count',
      String(summary.byStatus['shipped']!.count),
    );
  });
});
