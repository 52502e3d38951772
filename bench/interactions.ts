import type { Locator, Page } from '@playwright/test';
import { timeInteraction, type InteractionTiming } from './event-timing';
import { drawerShownMs, settleTime, watchDrawer, watchVisibleCount } from './settle';

export const INTERACTIONS = ['sort', 'status', 'search', 'clear', 'drawer'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

export type InteractionOutcome = {
  timings: InteractionTiming[];
  note?: string;
  /** From the last key to the visible count changing (search), or from the click to the drawer shown. */
  settleMs?: number | null;
};

const FIND_MS = 3000;

async function present(locator: Locator): Promise<Locator | null> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: FIND_MS });
    return locator.first();
  } catch {
    return null;
  }
}

async function sortHeader(page: Page): Promise<Locator | null> {
  const header = page.getByRole('columnheader', { name: /grand total/i });
  return (await present(header.getByRole('button'))) ?? (await present(header));
}

async function searchBox(page: Page): Promise<Locator | null> {
  return (
    (await present(page.getByRole('searchbox'))) ??
    (await present(page.getByRole('textbox', { name: /search/i })))
  );
}

async function statusFilter(page: Page): Promise<Locator | null> {
  return (
    (await present(page.getByTestId('status-filter-paid'))) ??
    (await present(page.locator('[data-testid^="status-filter-"]')))
  );
}

/** Clicks what opens an order: the row's link to it where there is one, else a plain cell, else the row. */
async function openDrawer(page: Page): Promise<boolean> {
  const row = await present(page.getByTestId('order-row'));
  if (!row) return false;
  const drawer = page.getByTestId('order-drawer');
  // Only a link to the order itself: other links in a row (WhatsApp, invoices) leave the page.
  for (const target of [
    row.locator('a[href*="order="]').first(),
    row.locator('td, [role=cell]').nth(2),
    row,
  ]) {
    if (!(await target.count())) continue;
    await target.click();
    if (await present(drawer)) return true;
  }
  return false;
}

const na = (note: string): InteractionOutcome => ({ timings: [], note });

/** Sort (twice: ascending then descending), toggle a status, type the search, clear all, open an order. */
export async function runInteractions(
  page: Page,
  search: string,
): Promise<Record<Interaction, InteractionOutcome>> {
  const out = {} as Record<Interaction, InteractionOutcome>;

  const header = await sortHeader(page);
  if (!header) out.sort = na('no "Grand total" column header');
  else
    out.sort = {
      timings: [
        await timeInteraction(page, () => header.click()),
        await timeInteraction(page, () => header.click()),
      ],
    };

  const status = await statusFilter(page);
  out.status = status
    ? { timings: [await timeInteraction(page, () => status.click())] }
    : na('no status-filter-* button');

  const box = await searchBox(page);
  if (!box) out.search = na('no search box');
  else {
    await box.click();
    const watching = await watchVisibleCount(page);
    const timing = await timeInteraction(page, () => page.keyboard.type(search, { delay: 40 }));
    out.search = { timings: [timing], settleMs: watching ? await settleTime(page) : null };
  }

  const clear = await present(page.getByRole('button', { name: /clear (all )?filters/i }));
  out.clear = clear
    ? { timings: [await timeInteraction(page, () => clear.click())] }
    : na('no "Clear filters" button');

  await watchDrawer(page);
  let opened = false;
  const drawerTiming = await timeInteraction(page, async () => {
    opened = await openDrawer(page);
  });
  const shown = await drawerShownMs(page);
  out.drawer = opened ? { timings: [drawerTiming], settleMs: shown } : na('no row click opened order-drawer');
  if (opened) {
    await page.keyboard.press('Escape');
    await page
      .getByTestId('order-drawer')
      .waitFor({ state: 'hidden', timeout: FIND_MS })
      .catch(() => undefined);
  }
  return out;
}
