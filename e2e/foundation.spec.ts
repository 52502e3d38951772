import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appUrl, distDir, EMULATOR_KEY, emulatorSummary, stacks } from './support/stacks';

// These specs read the English texts; the Indonesian screens have their own spec (i18n.spec.ts).
test.use({ locale: 'en-US' });

test('the dashboard shows the emulator orders and never sends a key from the browser', async ({ page }) => {
  const authorizationHeaders: string[] = [];
  page.on('request', (request) => {
    const auth = request.headers()['authorization'];
    if (auth) authorizationHeaders.push(`${request.url()} ${auth}`);
  });
  await page.goto('/');
  await expect(page.getByTestId('orders-table')).toBeVisible();
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  expect(authorizationHeaders).toEqual([]);
});

test('npm run dev serves the embedded emulator out of the box', async ({ page }) => {
  await page.goto(appUrl(stacks.dev));
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  const summary = await emulatorSummary(stacks.dev);
  expect(summary.count).toBeGreaterThan(1000);
});

test('CEKAT_API_BASE_URL and CEKAT_API_KEY point the dashboard at another upstream', async ({ page }) => {
  const theirs = await (
    await fetch(`http://127.0.0.1:${stacks.external.emulatorPort}/api/orders?limit=1&page=1`, {
      headers: { authorization: 'Bearer second-upstream-key' },
    })
  ).json();
  const newest = theirs.data.orders[0];
  await page.goto(appUrl(stacks.external));
  await expect(page.locator(`[data-testid="order-row"][data-order-id="${newest.id}"]`)).toBeVisible();
  // The main stack's emulator has another seed, so that order is not there.
  await page.goto('/');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await expect(page.locator(`[data-testid="order-row"][data-order-id="${newest.id}"]`)).toHaveCount(0);
});

test('the API proxy refuses what is not a GET on the orders paths', async ({ request }) => {
  expect((await request.post('/api/orders', { data: {} })).status()).toBe(405);
  expect((await request.get('/api/contacts')).status()).toBe(404);
  expect((await request.get('/api/orders/..%2F..%2Fadmin')).status()).toBe(404);
  const ok = await request.get('/api/orders?limit=5&page=1', { headers: { authorization: 'Bearer wrong' } });
  expect(ok.status()).toBe(200);
});

test('the built bundle does not contain the API key', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(distDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    expect(text.includes(EMULATOR_KEY), file).toBe(false);
    expect(text.includes('emulator-local-key'), file).toBe(false);
  }
});

test('the screen has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
