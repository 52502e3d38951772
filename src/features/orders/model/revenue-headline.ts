import { COLLECTED_STATUSES, LOST_STATUSES, OPEN_STATUSES } from '../status';
import type { StatusFigures } from './aggregate-orders';

export type HeadlineFigure = { count: number; revenue: number };

/** The owner's morning questions: how much was sold, how much is paid, still open, lost. */
export type RevenueHeadline = {
  gross: HeadlineFigure;
  collected: HeadlineFigure;
  open: HeadlineFigure;
  lost: HeadlineFigure;
};

function sumOf(byStatus: readonly StatusFigures[], statuses: readonly string[] | null): HeadlineFigure {
  let count = 0;
  let revenue = 0;
  for (const figures of byStatus) {
    if (statuses && !statuses.includes(figures.status)) continue;
    count += figures.count;
    revenue += figures.revenue;
  }
  return { count, revenue };
}

/** Gross is every status, unknown ones included; the three groups need not add up to it. */
export function revenueHeadline(byStatus: readonly StatusFigures[]): RevenueHeadline {
  return {
    gross: sumOf(byStatus, null),
    collected: sumOf(byStatus, COLLECTED_STATUSES),
    open: sumOf(byStatus, OPEN_STATUSES),
    lost: sumOf(byStatus, LOST_STATUSES),
  };
}
