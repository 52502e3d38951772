export type StatusFigures = { count: number; revenue: number };

export type OrderFigures = {
  count: number;
  byStatus: Record<string, StatusFigures>;
  totalRevenue: number;
};

/** Where an order has no usable status string; the dashboard is free to label it differently. */
export const MISSING_STATUS = '(missing)';

/** grand_total as a number: numeric strings count, null and anything unparseable count 0. */
export function amountOf(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : 0;
  }
  return 0;
}

export function statusOf(order: unknown): string {
  const status = (order as { order_status?: unknown } | null)?.order_status;
  return typeof status === 'string' && status !== '' ? status : MISSING_STATUS;
}

export class FiguresAccumulator {
  private readonly byStatus = new Map<string, StatusFigures>();
  count = 0;
  totalRevenue = 0;

  add(order: unknown): void {
    const status = statusOf(order);
    const revenue = amountOf((order as { grand_total?: unknown } | null)?.grand_total);
    let figures = this.byStatus.get(status);
    if (!figures) this.byStatus.set(status, (figures = { count: 0, revenue: 0 }));
    figures.count++;
    figures.revenue += revenue;
    this.count++;
    this.totalRevenue += revenue;
  }

  /** An order left the list: its count and revenue go with it. */
  remove(order: unknown): void {
    const status = statusOf(order);
    const revenue = amountOf((order as { grand_total?: unknown } | null)?.grand_total);
    const figures = this.byStatus.get(status);
    if (figures) {
      figures.count--;
      figures.revenue -= revenue;
      if (figures.count === 0) this.byStatus.delete(status);
    }
    this.count--;
    this.totalRevenue -= revenue;
  }

  /** An order of `revenue` changed status: its count and revenue move with it. */
  move(from: string, to: string, revenue: number): void {
    const before = this.byStatus.get(from);
    if (before) {
      before.count--;
      before.revenue -= revenue;
      if (before.count === 0) this.byStatus.delete(from);
    }
    let after = this.byStatus.get(to);
    if (!after) this.byStatus.set(to, (after = { count: 0, revenue: 0 }));
    after.count++;
    after.revenue += revenue;
  }

  snapshot(): OrderFigures {
    const byStatus: Record<string, StatusFigures> = {};
    for (const [status, figures] of this.byStatus) byStatus[status] = { ...figures };
    return { count: this.count, byStatus, totalRevenue: this.totalRevenue };
  }
}

/** Exact per-status counts and grand_total sums, as the dashboard's revenue-by-status must show them. */
export function summarize(orders: readonly unknown[]): OrderFigures {
  const figures = new FiguresAccumulator();
  for (const order of orders) figures.add(order);
  return figures.snapshot();
}
