import { ApiError } from '../orders/api-error.ts';
import type { Order } from '../orders/order-schema.ts';
import { orderChanged } from './order-collection.ts';

/** What is known about the upstream's paging after some pages, used to decide where the end is. */
export type PageSizeKnowledge = {
  /** The `limit` asked for on every request. */
  asked: number;
  /** The largest page the server has returned so far. */
  largest: number;
  /** True once the server's real page size is certain (a full page as asked, or two equal pages). */
  confirmed: boolean;
  /** Length of the previous non-empty page, to confirm a capped size by repetition. */
  previous: number | null;
};

export function initialPageSize(asked: number): PageSizeKnowledge {
  return { asked, largest: 0, confirmed: false, previous: null };
}

/** Folds one page length into what is known; pure. */
export function learnPageSize(known: PageSizeKnowledge, length: number): PageSizeKnowledge {
  if (length === 0) return known;
  const largest = Math.max(known.largest, length);
  const confirmed = known.confirmed || length >= known.asked || known.previous === length;
  return { ...known, largest, confirmed, previous: length };
}

/**
 * The documented-by-nobody end rule: an empty page, or a page shorter than the largest page the server has
 * returned. A page shorter than asked is NOT the end by itself (the server may cap `limit`).
 */
export function isLastPage(length: number, largestSeen: number): boolean {
  return length === 0 || length < largestSeen;
}

/** Pages in flight at once: one until the page size is known, then as many as the remaining budget allows. */
export function allowedInFlight(confirmed: boolean, remaining: number | null, maxWindow: number): number {
  if (!confirmed) return 1;
  if (remaining === null) return maxWindow;
  return Math.max(1, Math.min(maxWindow, Math.floor(remaining / 2)));
}

/** The page that proves the end of a list of `count` orders: its short page, or the empty one after it. */
export function lastPageFor(count: number, pageSize: number): number {
  return pageSize <= 0 ? 1 : Math.floor(count / pageSize) + 1;
}

/** A page's first and last ids: pages at different offsets of a list differ in them. */
export type PageEdges = { first: string | null; last: string | null };

export function edgesOf(ids: readonly string[]): PageEdges {
  return { first: ids[0] ?? null, last: ids[ids.length - 1] ?? null };
}

/**
 * Some APIs answer every page past the end with the last page again, never an empty one. A page with the
 * edges of the page before it and of the page after it is such a repeat, and the list ends there as at an
 * empty page. (A single repeat is also what a whole page of new orders arriving between two reads looks like.)
 */
export function repeatsLastPage(
  before: PageEdges | undefined,
  page: PageEdges | undefined,
  after: PageEdges | undefined,
): boolean {
  if (!before || !page || !after || page.first === null) return false;
  const same = (a: PageEdges, b: PageEdges) => a.first === b.first && a.last === b.last;
  return same(before, page) && same(page, after);
}

/** A page that brings nothing new: every order already held, with the same content. */
export function allKnown(orders: readonly Order[], known: ReadonlyMap<string, Order>): boolean {
  if (orders.length === 0) return false;
  for (const order of orders) {
    const held = known.get(order.id);
    if (!held || orderChanged(held, order)) return false;
  }
  return true;
}

/** A sync pages (in parallel), then may repair (a sequential sweep, then a head re-read), then settles. */
export type RepairStage = 'paging' | 'sweep' | 'head' | 'settled';

/** The stage after one ends; `shifted` says paging saw inserts (duplicates, or fewer held than implied). */
export function nextRepairStage(stage: RepairStage, shifted: boolean): RepairStage {
  if (stage === 'paging') return shifted ? 'sweep' : 'settled';
  if (stage === 'sweep') return 'head';
  return 'settled';
}

/**
 * Bounded exponential backoff for 5xx and network failures: 0.5 s, 1 s, 2 s, 4 s, then 8 s at most; longer
 * when the server says how long (a 503 for maintenance with `Retry-After`).
 */
export function backoffMs(attempt: number, retryAfterMs: number | null = null): number {
  return Math.max(Math.min(8000, 500 * 2 ** Math.max(0, attempt - 1)), retryAfterMs ?? 0);
}

export const MAX_RETRIES = 4;

/** When the server says 429 without `Retry-After`, wait this long (the documented window is a minute). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 10_000;

/**
 * The pause after the `inARow`-th 429 in a row: what `Retry-After` says, but at least 1 s, doubling per 429 in a
 * row up to a minute, so a `Retry-After: 0` or a date already past (clocks disagree) never becomes a retry storm.
 */
export function rateLimitWaitMs(retryAfterMs: number | null, inARow: number): number {
  const floor = Math.min(60_000, 1000 * 2 ** Math.max(0, inARow - 1));
  return Math.max(retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS, floor);
}

export type FailureKind = 'rate-limit' | 'transient' | 'fatal';

/** 429 waits, 5xx/408/network retries with backoff, everything else (401/403/4xx/malformed) stops. */
export function classifyFailure(error: unknown): FailureKind {
  if (!(error instanceof ApiError)) return 'fatal';
  if (error.kind === 'network' || error.kind === 'timeout') return 'transient';
  if (error.kind !== 'http') return 'fatal';
  if (error.status === 429) return 'rate-limit';
  if (error.status >= 500 || error.status === 408) return 'transient';
  return 'fatal';
}

/** What a page says of the list's order: its first and last known created_at compared (null: it cannot tell). */
export function pageOrder(times: readonly (number | null)[]): 'newest-first' | 'oldest-first' | null {
  const known = times.filter((t): t is number => t !== null);
  const [first, last] = [known[0], known[known.length - 1]];
  if (first === undefined || last === undefined || first === last) return null;
  return first > last ? 'newest-first' : 'oldest-first';
}

/** created_at must never increase down the pages for an early "since" stop to be safe. */
export function isNonIncreasing(times: readonly (number | null)[], previousLast: number | null): boolean {
  let last = previousLast;
  for (const t of times) {
    if (t === null) continue;
    if (last !== null && t > last) return false;
    last = t;
  }
  return true;
}

/** The last known created_at of a page (nulls skipped), carried across page boundaries. */
export function lastTime(times: readonly (number | null)[], fallback: number | null): number | null {
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i];
    if (t !== null && t !== undefined) return t;
  }
  return fallback;
}
