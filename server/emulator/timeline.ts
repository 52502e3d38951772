import { type Rng, weighted } from './prng.ts';

import { MICROS_PER_DAY, MICROS_PER_HOUR } from './text-writer.ts';

const SPAN_DAYS = 730;
// exp(GROWTH) is how many times busier the last day is than the first: a shop that grew about 5x in two years.
const GROWTH = 1.6;
const WIB_OFFSET_MICROS = 7 * MICROS_PER_HOUR;

// Orders per hour of the day in Jakarta time: quiet at night, peaks after work.
const HOUR_WEIGHTS = weighted(
  [1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 6, 7, 7, 7, 7, 7, 6, 6, 6, 7, 8, 9, 9, 6, 3].map(
    (w, hour) => [hour, w] as const,
  ),
);

/**
 * `count` creation instants (integer microseconds since the epoch), oldest first, spread over two years before
 * `anchorMicros` with more orders in recent months and at busy hours of the day.
 */
export function creationTimeline(rng: Rng, count: number, anchorMicros: number): Float64Array {
  const times = new Float64Array(count);
  const anchorWib = anchorMicros + WIB_OFFSET_MICROS;
  const todayStart = anchorWib - (anchorWib % MICROS_PER_DAY) - WIB_OFFSET_MICROS;
  const expG = Math.exp(GROWTH) - 1;
  for (let i = 0; i < count; i++) {
    const t = Math.log(1 + rng.float() * expG) / GROWTH;
    const daysAgo = SPAN_DAYS - 1 - Math.min(SPAN_DAYS - 1, Math.floor(t * SPAN_DAYS));
    const dayStart = todayStart - daysAgo * MICROS_PER_DAY;
    const hour = rng.pickWeighted(HOUR_WEIGHTS);
    let at = dayStart + hour * MICROS_PER_HOUR + Math.floor(rng.float() * MICROS_PER_HOUR);
    if (at > anchorMicros) at = dayStart + Math.floor(rng.float() * (anchorMicros - dayStart));
    times[i] = at;
  }
  return times.sort();
}
