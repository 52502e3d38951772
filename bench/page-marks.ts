import type { BrowserContext, Page } from '@playwright/test';

/** Times in the page's own clock (ms since navigation start). */
export type PageMarks = {
  firstRow?: number;
  allHeld?: number;
  heldCount?: number;
  syncError?: number;
  chartsReady?: number;
};

type MarksWindow = { __benchMarks: PageMarks; __benchStopMarks: () => void };

/**
 * Runs in the page before the app: notes when the first row is in the DOM, when the `orders-sync` landmark
 * says done, and when the revenue-by-status figures add up to the orders held.
 */
function installMarks(): void {
  const marks: PageMarks = {};
  const w = window as unknown as MarksWindow;
  w.__benchMarks = marks;
  const check = (): void => {
    const now = performance.now();
    if (marks.firstRow === undefined && document.querySelector('[data-testid="order-row"]'))
      marks.firstRow = now;
    const sync = document.querySelector('[data-testid="orders-sync"]');
    const state = sync?.getAttribute('data-state');
    if (marks.allHeld === undefined && state === 'done') {
      marks.allHeld = now;
      marks.heldCount = Number(sync?.getAttribute('data-count'));
    }
    if (marks.syncError === undefined && state === 'error') marks.syncError = now;
    if (marks.allHeld !== undefined && marks.chartsReady === undefined) {
      const figures = document.querySelectorAll('[data-testid="revenue-by-status"] [data-count]');
      let sum = 0;
      figures.forEach((el) => (sum += Number(el.getAttribute('data-count')) || 0));
      if (figures.length > 0 && sum === marks.heldCount) marks.chartsReady = now;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-count'],
  });
  w.__benchStopMarks = () => observer.disconnect();
}

export async function prepareContext(context: BrowserContext): Promise<void> {
  // tsx names functions through an `__name` helper that a serialised function takes into the page with it.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installMarks);
}

export const readMarks = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as MarksWindow).__benchMarks }));

export const stopMarks = (page: Page) =>
  page.evaluate(() => (window as unknown as MarksWindow).__benchStopMarks());

/** Polls the marks until `done` says so; resolves with what was reached, even on timeout. */
export async function waitForMarks(
  page: Page,
  done: (m: PageMarks) => boolean,
  timeoutMs: number,
): Promise<PageMarks> {
  const deadline = Date.now() + timeoutMs;
  let marks = await readMarks(page);
  while (!done(marks) && marks.syncError === undefined && Date.now() < deadline) {
    await page.waitForTimeout(100);
    marks = await readMarks(page);
  }
  return marks;
}
