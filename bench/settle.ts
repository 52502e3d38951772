import type { Page } from '@playwright/test';

type SettleWindow = { __benchSettle?: { lastKey: number; lastChange: number; stop: () => void } };

/** Notes the last keydown and the last change of `orders-visible-count`, for work a debounce moves off the key. */
export async function watchVisibleCount(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const target = document.querySelector('[data-testid="orders-visible-count"]');
    if (!target) return false;
    const state = { lastKey: Number.NaN, lastChange: Number.NaN, stop: () => undefined };
    const onKey = () => (state.lastKey = performance.now());
    document.addEventListener('keydown', onKey, true);
    const observer = new MutationObserver(() => (state.lastChange = performance.now()));
    observer.observe(target, { attributes: true, attributeFilter: ['data-count'] });
    state.stop = () => {
      document.removeEventListener('keydown', onKey, true);
      observer.disconnect();
    };
    (window as unknown as SettleWindow).__benchSettle = state;
    return true;
  });
}

/** Milliseconds from the last keydown until the visible count changed after it; null if it never did. */
export async function settleTime(page: Page, timeoutMs = 5000): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await page.evaluate(() => {
      const state = (window as unknown as SettleWindow).__benchSettle;
      return state && state.lastChange > state.lastKey ? state.lastChange - state.lastKey : null;
    });
    if (result !== null || Date.now() > deadline) {
      await page.evaluate(() => (window as unknown as SettleWindow).__benchSettle?.stop());
      return result;
    }
    await page.waitForTimeout(50);
  }
}
