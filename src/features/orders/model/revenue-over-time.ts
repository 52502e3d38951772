import { compareStatuses } from '../status';
import type { OrdersAggregate } from './aggregate-orders';

export type BucketUnit = 'day' | 'week' | 'month';

export type TimeBucket = {
  /** Local midnight the bucket starts at, and where the next one starts. */
  start: number;
  end: number;
  total: number;
  byStatus: Map<string, number>;
};

export type RevenueOverTime = {
  unit: BucketUnit;
  buckets: TimeBucket[];
  /** Statuses with any revenue in the series, in lifecycle order: one stack layer each. */
  statuses: string[];
};

const DAY_MS = 24 * 3600e3;
const MAX_DAY_BUCKETS = 31;
const MAX_WEEK_BUCKETS = 17;
// A range reaching far past the data (say from 1990) would draw hundreds of empty months.
const MAX_BUCKETS = 240;

/** Days per bar so a range fits in a readable number of bars: up to a month by day, ~4 months by week. */
export function chooseBucketUnit(fromMs: number, toMs: number): BucketUnit {
  const days = Math.max(1, Math.round((toMs - fromMs) / DAY_MS));
  if (days <= MAX_DAY_BUCKETS) return 'day';
  if (days <= MAX_WEEK_BUCKETS * 7) return 'week';
  return 'month';
}

/** The local-time start of the bucket holding `ms`; weeks start on Monday, as Indonesian calendars do. */
export function bucketStart(ms: number, unit: BucketUnit): number {
  const d = new Date(ms);
  if (unit === 'month') return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const back = unit === 'week' ? (d.getDay() + 6) % 7 : 0;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

export function nextBucketStart(start: number, unit: BucketUnit): number {
  const d = new Date(start);
  if (unit === 'month') return new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + (unit === 'week' ? 7 : 1)).getTime();
}

/** `YYYY-MM-DD` as local midnight, the way the view's `from`/`to` are meant. */
export function localDayMs(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

export type DayRange = { from: string | null; to: string | null };

/**
 * Stacked revenue per bucket over the view's date range, or over the held data's span where the range is open.
 * Works from the aggregate's per-day sums, so the cost grows with days, not orders.
 */
export function revenueOverTime(aggregate: OrdersAggregate, range: DayRange): RevenueOverTime {
  let fromMs = range.from ? localDayMs(range.from) : aggregate.firstMs;
  let toMs = range.to ? localDayMs(range.to) : aggregate.lastMs;
  if (fromMs === null || toMs === null || fromMs > toMs) return { unit: 'day', buckets: [], statuses: [] };

  let unit = chooseBucketUnit(fromMs, toMs);
  if (unit === 'month' && aggregate.firstMs !== null && aggregate.lastMs !== null) {
    const months = (toMs - fromMs) / (30 * DAY_MS);
    if (months > MAX_BUCKETS) {
      fromMs = Math.max(fromMs, aggregate.firstMs);
      toMs = Math.min(toMs, aggregate.lastMs);
      if (fromMs > toMs) return { unit, buckets: [], statuses: [] };
      unit = chooseBucketUnit(fromMs, toMs);
    }
  }

  const buckets: TimeBucket[] = [];
  const index = new Map<number, TimeBucket>();
  for (let start = bucketStart(fromMs, unit); start <= toMs;) {
    const end = nextBucketStart(start, unit);
    const bucket = { start, end, total: 0, byStatus: new Map<string, number>() };
    buckets.push(bucket);
    index.set(start, bucket);
    start = end;
  }

  const present = new Set<string>();
  for (const [dayStart, perStatus] of aggregate.days) {
    const bucket = index.get(bucketStart(dayStart, unit));
    if (!bucket) continue;
    for (const [status, amount] of perStatus) {
      bucket.byStatus.set(status, (bucket.byStatus.get(status) ?? 0) + amount);
      bucket.total += amount;
      present.add(status);
    }
  }
  return { unit, buckets, statuses: [...present].sort(compareStatuses) };
}
