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
    this.shift(order, 1);
  }

  /** An order left the list: its count and revenue go with it. */
  remove(order: unknown): void {
    this.shift(order, -1);
  }

  /** An order of `revenue` changed status: its count and revenue move with it. */
  move(from: string, to: string, revenue: number): void {
    this.adjust(from, -1, revenue);
    this.adjust(to, 1, revenue);
  }

  /** One order (`sign` 1) added to the figures or (-1) taken out of them. */
  private shift(order: unknown, sign: 1 | -1): void {
    const revenue = amountOf((order as { grand_total?: unknown } | null)?.grand_total);
    this.adjust(statusOf(order), sign, revenue);
    this.count += sign;
    this.totalRevenue += sign * revenue;
  }

  private adjust(status: string, sign: 1 | -1, revenue: number): void {
    let figures = this.byStatus.get(status);
    if (!figures) {
      if (sign < 0) return;
      this.byStatus.set(status, (figures = { count: 0, revenue: 0 }));
    }
    figures.count += sign;
    figures.revenue += sign * revenue;
    if (figures.count === 0) this.byStatus.delete(status);
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
