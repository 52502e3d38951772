import type { Page } from '@playwright/test';

export type ScrollFigures = {
  maxRenderedRows: number;
  longFrames: number;
  longFramesMs: number;
  frames: number;
  elapsedMs: number;
  /** Share of the list's height scrolled before the time budget ran out (1 = all of it). */
  reached: number;
  reachedEnd: boolean;
  /** What scrolled: the element holding the rows, or the document. */
  container: string;
};

/**
 * Scrolls the list top to bottom in `frames` equal steps, one per animation frame, counting the rows in the
 * DOM each frame and the long animation frames the browser reports meanwhile.
 */
export async function scrollEndToEnd(
  page: Page,
  frames: number,
  budgetMs = 30_000,
): Promise<ScrollFigures | { note: string }> {
  return page.evaluate(
    async ({ steps, budget }) => {
      const rows = () => document.querySelectorAll('[data-testid="order-row"]');
      const first = rows()[0];
      if (!first) return { note: 'no order-row to scroll' };
      let el: Element | null = first.parentElement;
      while (el && el !== document.body && el !== document.documentElement) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 4) break;
        el = el.parentElement;
      }
      const scroller =
        !el || el === document.body || el === document.documentElement ? document.scrollingElement : el;
      if (!scroller) return { note: 'no scrolling element' };
      const container =
        scroller === document.scrollingElement
          ? 'document'
          : `${scroller.tagName.toLowerCase()}${scroller.id ? `#${scroller.id}` : ''}`;
      let longFrames = 0;
      let longFramesMs = 0;
      const count = (entries: PerformanceEntryList) => {
        for (const entry of entries) {
          longFrames++;
          longFramesMs += entry.duration;
        }
      };
      const po = new PerformanceObserver((list) => count(list.getEntries()));
      po.observe({ type: 'long-animation-frame', buffered: false });
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const start = performance.now();
      let maxRenderedRows = rows().length;
      let done = 0;
      // A slow list must not hold the whole benchmark hostage: past the budget it reports how far it got.
      while (done < steps && performance.now() - start < budget) {
        done++;
        scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * done) / steps;
        await nextFrame();
        maxRenderedRows = Math.max(maxRenderedRows, rows().length);
      }
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 100));
      count(po.takeRecords());
      po.disconnect();
      const reachedEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      const elapsedMs = performance.now() - start;
      return {
        maxRenderedRows,
        longFrames,
        longFramesMs,
        frames: done,
        elapsedMs,
        reachedEnd,
        reached: done / steps,
        container,
      };
    },
    { steps: frames, budget: budgetMs },
  );
}
