import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// A word counts as English when the English catalog uses it and the Indonesian one does not, so the check
// grows with the catalogs instead of with a hand-kept dictionary.
const catalogWords = (lang: string) =>
  new Set(
    [...readFileSync(`src/i18n/locales/${lang}.po`, 'utf8').matchAll(/^msgstr "(.*)"$/gm)]
      .flatMap((m) => m[1]!.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [])
      .map((w) => w.toLowerCase()),
  );
const indonesian = catalogWords('id');
/** Names that are the same in both languages: the language names, brands, and API words. */
const ALLOWED = new Set(['english', 'whatsapp', 'cekat', 'csv', 'json', 'api', 'http']);
/** Common English words a string could carry before the catalogs know it. */
const COMMON = [
  'the',
  'and',
  'with',
  'from',
  'this',
  'that',
  'not',
  'opens',
  'open',
  'tab',
  'new',
  'click',
  'loading',
];
const ENGLISH = new Set(
  [...catalogWords('en'), ...COMMON].filter((w) => !indonesian.has(w) && !ALLOWED.has(w)),
);

/** What a person sees or hears: visible text, options, and every accessible name, label and tooltip. */
async function readableWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], option')) {
      // The language switch names each language in itself ("English").
      if (el.closest('[lang]:not(html)')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) out.push(el.getAttribute(attr) ?? '');
      if (el.tagName === 'OPTION') out.push(el.textContent ?? '');
    }
    return out;
  });
  // Upper-case codes (invoice statuses such as PAID or EXPIRED) are the payment provider's values.
  return texts.flatMap((text) => text.match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== w.toUpperCase());
}

async function expectNoEnglish(page: Page) {
  const english = [...new Set((await readableWords(page)).filter((w) => ENGLISH.has(w.toLowerCase())))];
  expect(english).toEqual([]);
}

async function openSynced(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
}

async function expectNoSeriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
}

// Each test waits for a whole sync first, which a busy machine can stretch.
test.describe.configure({ timeout: 180_000 });

test.describe('a browser set to Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('the main screen, charts and drawer read in Indonesian only', async ({ page }) => {
    await openSynced(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(
      page
        .getByRole('button', { name: 'Tampilkan grafik' })
        .or(page.getByRole('button', { name: 'Sembunyikan grafik' })),
    ).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Tampilkan grafik' });
    if (await toggle.isVisible()) await toggle.click();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('status-filter-pending')).toContainText('Menunggu');
    await expectNoEnglish(page);
    await expectNoSeriousAxe(page);

    await page.getByTestId('order-row').first().click();
    const drawer = page.getByTestId('order-drawer');
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('heading', { name: /^Pesanan #/ })).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousAxe(page);
  });

  test('an error state reads in Indonesian', async ({ page }) => {
    // An upstream that says no more than its status: its own words, when it sends some, are quoted as sent.
    await page.route('**/api/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    await page.goto('/');
    await expect(page.getByTestId('sync-error')).toBeVisible({ timeout: 40_000 });
    await expect(page.getByTestId('sync-error')).toContainText('API Cekat sedang bermasalah');
    await expectNoEnglish(page);
  });
});

test.describe('switching language', () => {
  test.use({ locale: 'id-ID' });

  test('English from the header is kept after a reload, and reads in English', async ({ page }) => {
    await openSynced(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('status-filter-pending')).toContainText('Pending');
    await page.reload();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('status-filter-pending')).toContainText('Pending', { timeout: 90_000 });
    expect((await page.context().cookies()).find((c) => c.name === 'lang')?.value).toBe('en');
    await expectNoSeriousAxe(page);
  });
});
