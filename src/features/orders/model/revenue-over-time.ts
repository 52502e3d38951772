import { zonedDate, zonedMidnight } from '@/lib/time-zone';
import { compareStatuses } from '../status';
import { dayStartMs } from './date-range';
import type { OrdersAggregate } from './aggregate-orders';

export type BucketUnit = 'day' | 'week' | 'month';

export type TimeBucket = {
  /** The store midnight the bucket starts at, and where the next one starts. */
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
  /** The store zone the buckets were cut in, so labels name the same days. */
  timeZone: string;
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

/** The store-time start of the bucket holding `ms`; weeks start on Monday, as Indonesian calendars do. */
export function bucketStart(ms: number, unit: BucketUnit, timeZone: string): number {
  const { year, month, day } = zonedDate(ms, timeZone);
  if (unit === 'month') return zonedMidnight(year, month, 1, timeZone);
  const back = unit === 'week' ? (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7 : 0;
  return zonedMidnight(year, month, day - back, timeZone);
}

export function nextBucketStart(start: number, unit: BucketUnit, timeZone: string): number {
  const { year, month, day } = zonedDate(start, timeZone);
  if (unit === 'month') return zonedMidnight(year, month + 1, 1, timeZone);
  return zonedMidnight(year, month, day + (unit === 'week' ? 7 : 1), timeZone);
}

export type DayRange = { from: string | null; to: string | null };

/**
 * Stacked revenue per bucket over the view's date range, or over the held data's span where the range is open.
 * Works from the aggregate's per-day sums, so the cost grows with days, not orders.
 */
export function revenueOverTime(
  aggregate: OrdersAggregate,
  range: DayRange,
  timeZone: string,
): RevenueOverTime {
  let fromMs = range.from ? dayStartMs(range.from, timeZone) : aggregate.firstMs;
  let toMs = range.to ? dayStartMs(range.to, timeZone) : aggregate.lastMs;
  if (fromMs === null || toMs === null || fromMs > toMs)
    return { unit: 'day', buckets: [], statuses: [], timeZone };

  let unit = chooseBucketUnit(fromMs, toMs);
  if (unit === 'month' && aggregate.firstMs !== null && aggregate.lastMs !== null) {
    const months = (toMs - fromMs) / (30 * DAY_MS);
    if (months > MAX_BUCKETS) {
      fromMs = Math.max(fromMs, aggregate.firstMs);
      toMs = Math.min(toMs, aggregate.lastMs);
      if (fromMs > toMs) return { unit, buckets: [], statuses: [], timeZone };
      unit = chooseBucketUnit(fromMs, toMs);
    }
  }

  const buckets: TimeBucket[] = [];
  const index = new Map<number, TimeBucket>();
  for (let start = bucketStart(fromMs, unit, timeZone); start <= toMs;) {
    const end = nextBucketStart(start, unit, timeZone);
    const bucket = { start, end, total: 0, byStatus: new Map<string, number>() };
    buckets.push(bucket);
    index.set(start, bucket);
    start = end;
  }

  const present = new Set<string>();
  for (const [dayStart, perStatus] of aggregate.days) {
    const bucket = index.get(bucketStart(dayStart, unit, timeZone));
    if (!bucket) continue;
    for (const [status, amount] of perStatus) {
      bucket.byStatus.set(status, (bucket.byStatus.get(status) ?? 0) + amount);
      bucket.total += amount;
      present.add(status);
    }
  }
  return { unit, buckets, statuses: [...present].sort(compareStatuses), timeZone };
}
