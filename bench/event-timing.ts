import type { Page } from '@playwright/test';

/** Event Timing only reports events at or above this; anything faster reads as this bound. */
export const EVENT_THRESHOLD_MS = 16;

export type InteractionTiming = { duration: number; events: number; belowThreshold: boolean };

type TimingWindow = {
  __benchEvents?: { start: number; entries: PerformanceEventTiming[]; po: PerformanceObserver };
};

async function startObserving(page: Page, threshold: number): Promise<void> {
  await page.evaluate((durationThreshold) => {
    const w = window as unknown as TimingWindow;
    const entries: PerformanceEventTiming[] = [];
    const po = new PerformanceObserver((list) =>
      entries.push(...(list.getEntries() as PerformanceEventTiming[])),
    );
    po.observe({ type: 'event', buffered: true, durationThreshold } as PerformanceObserverInit);
    w.__benchEvents = { start: performance.now(), entries, po };
  }, threshold);
}

async function collect(page: Page): Promise<{ duration: number; events: number }> {
  return page.evaluate(
    () =>
      new Promise<{ duration: number; events: number }>((resolve) => {
        // Two frames and then some: the interaction's next paint must have happened for its entry to exist.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const state = (window as unknown as TimingWindow).__benchEvents;
              if (!state) return resolve({ duration: 0, events: 0 });
              state.entries.push(...(state.po.takeRecords() as PerformanceEventTiming[]));
              state.po.disconnect();
              const mine = state.entries.filter((e) => e.startTime >= state.start);
              resolve({ duration: Math.max(0, ...mine.map((e) => e.duration)), events: mine.length });
            }, 100),
          ),
        );
      }),
  );
}

/**
 * The longest Event Timing entry (input to next paint) caused by `act`, which must drive real input through
 * Playwright so the browser sees trusted events.
 */
export async function timeInteraction(page: Page, act: () => Promise<void>): Promise<InteractionTiming> {
  await startObserving(page, EVENT_THRESHOLD_MS);
  await act();
  const { duration, events } = await collect(page);
  const belowThreshold = events === 0;
  return { duration: belowThreshold ? EVENT_THRESHOLD_MS : duration, events, belowThreshold };
}
