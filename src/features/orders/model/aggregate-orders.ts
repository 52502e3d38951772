import type { Order } from '../api/order-schema';
import { dayParts, zonedDay, zonedMidnight } from '@/lib/time-zone';
import { compareStatuses } from '../status';

export type StatusFigures = { status: string; count: number; revenue: number };

/** Everything the revenue figures and charts need, gathered in one pass over the orders. */
export type OrdersAggregate = {
  /** One entry per status present, in lifecycle order. */
  byStatus: StatusFigures[];
  count: number;
  revenue: number;
  /** Revenue per store calendar day (keyed by the instant the day starts), per status. */
  days: Map<number, Map<string, number>>;
  /** Orders without a readable `created_at`: counted, but not placeable in time. */
  undated: number;
  firstMs: number | null;
  lastMs: number | null;
};

const DAY_MS = 24 * 3600e3;

/** A missing grand_total counts 0; strings were already made numbers by the schema. */
export function revenueOf(order: Order): number {
  const total = order.grand_total;
  return total !== null && Number.isFinite(total) ? total : 0;
}

/** Midnight of the store day holding `ms`, and of the next day (not always 24 h later, because of DST). */
export function dayBounds(ms: number, timeZone: string): [number, number] {
  const { year, month, day } = dayParts(zonedDay(ms, timeZone));
  return [zonedMidnight(year, month, day, timeZone), zonedMidnight(year, month, day + 1, timeZone)];
}

// A zone's midnights never change: kept across aggregations, so each redraw of the charts costs no Intl work.
const zones = new Map<string, { around: Map<number, readonly number[]>; midnight: Map<number, number> }>();

/** The store midnights from the last one at or before a UTC day's start to the first one after its end. */
function midnightsAround(utcDay: number, timeZone: string): readonly number[] {
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = { around: new Map(), midnight: new Map() }));
  const known = zone.around.get(utcDay);
  if (known) return known;
  const { midnight } = zone;
  const from = utcDay * DAY_MS;
  const { year, month, day } = dayParts(zonedDay(from, timeZone));
  const midnightOf = (d: number) => {
    const wall = Date.UTC(year, month - 1, d);
    let at = midnight.get(wall);
    if (at === undefined) midnight.set(wall, (at = zonedMidnight(year, month, d, timeZone)));
    return at;
  };
  const list = [midnightOf(day)];
  for (let d = day + 1; list[list.length - 1]! <= from + DAY_MS; d++) list.push(midnightOf(d));
  zone.around.set(utcDay, list);
  return list;
}

export function aggregateOrders(orders: readonly Order[], timeZone: string): OrdersAggregate {
  const statuses = new Map<string, StatusFigures>();
  const days = new Map<number, Map<string, number>>();
  let revenue = 0;
  let undated = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  // Orders arrive roughly in time order, so the last day's bounds spare most Date constructions.
  let dayStart = NaN;
  let dayEnd = NaN;
  let day: Map<string, number> | undefined;

  for (const order of orders) {
    const status = order.order_status;
    const amount = revenueOf(order);
    let figures = statuses.get(status);
    if (!figures) statuses.set(status, (figures = { status, count: 0, revenue: 0 }));
    figures.count++;
    figures.revenue += amount;
    revenue += amount;

    const ms = order.createdAtMs;
    if (ms === null) {
      undated++;
      continue;
    }
    if (ms < firstMs) firstMs = ms;
    if (ms > lastMs) lastMs = ms;
    if (!(ms >= dayStart && ms < dayEnd)) {
      const utcDay = Math.floor(ms / DAY_MS);
      const bounds = midnightsAround(utcDay, timeZone);
      let i = 0;
      while (bounds[i + 1]! <= ms) i++;
      dayStart = bounds[i]!;
      dayEnd = bounds[i + 1]!;
      day = days.get(dayStart);
      if (!day) days.set(dayStart, (day = new Map()));
    }
    day!.set(status, (day!.get(status) ?? 0) + amount);
  }

  return {
    byStatus: [...statuses.values()].sort((a, b) => compareStatuses(a.status, b.status)),
    count: orders.length,
    revenue,
    days,
    undated,
    firstMs: Number.isFinite(firstMs) ? firstMs : null,
    lastMs: Number.isFinite(lastMs) ? lastMs : null,
  };
}
