import type { Page } from '@playwright/test';
import type { EmulatorSummary } from './stacks';

/** Orders and revenue per status, as the page or the upstream counts them. */
export type Figures = Record<string, { count: number; revenue: number }>;

/** The revenue-by-status figures as the page shows them. */
export async function shownFigures(page: Page): Promise<Figures> {
  const rows = await page
    .getByTestId('revenue-by-status')
    .locator('[data-count]')
    .evaluateAll((elements) =>
      elements.map((e) => [
        e.getAttribute('data-status') ?? '',
        { count: Number(e.getAttribute('data-count')), revenue: Number(e.getAttribute('data-revenue')) },
      ]),
    );
  return Object.fromEntries(rows.filter(([, f]) => (f as { count: number }).count > 0));
}

/** The emulator's own figures, statuses that no order has any more left out (as the page leaves them out). */
export const upstreamFigures = (summary: EmulatorSummary): Figures =>
  Object.fromEntries(Object.entries(summary.byStatus).filter(([, f]) => f.count > 0));
