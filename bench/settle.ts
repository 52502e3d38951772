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

type DrawerWindow = { __benchDrawer?: { clickAt: number; shownAt: number; stop: () => void } };

/** Notes the last pointerdown and when `order-drawer` first shows after it: a lazy drawer's real wait. */
export async function watchDrawer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { clickAt: Number.NaN, shownAt: Number.NaN, stop: () => undefined };
    const onDown = () => (state.clickAt = performance.now());
    document.addEventListener('pointerdown', onDown, true);
    const observer = new MutationObserver(() => {
      if (Number.isNaN(state.shownAt) && document.querySelector('[data-testid="order-drawer"]')) {
        state.shownAt = performance.now();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
    state.stop = () => {
      document.removeEventListener('pointerdown', onDown, true);
      observer.disconnect();
    };
    (window as unknown as DrawerWindow).__benchDrawer = state;
  });
}

/** Milliseconds from the click to the drawer in the DOM; null if it never showed. */
export async function drawerShownMs(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const state = (window as unknown as DrawerWindow).__benchDrawer;
    state?.stop();
    return state && state.shownAt > state.clickAt ? state.shownAt - state.clickAt : null;
  });
}
