import { ApiError } from '../orders/api-error.ts';
import type { Order } from '../orders/order-schema.ts';
import { OrderCollection } from './order-collection.ts';
import * as rules from './paging-rules.ts';

export type FetchedPage = {
  orders: Order[];
  /** Entries the page held, orders or not (its length for the end rule); `orders.length` when absent. */
  entries?: number;
  rateLimit: { limit: number | null; remaining: number | null };
  upstreamId: string | null;
};

export type EngineDeps = {
  fetchPage: (page: number, limit: number, signal: AbortSignal) => Promise<FetchedPage>;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  now: () => number;
};

export type EngineOptions = {
  limit?: number;
  maxWindow?: number;
  sinceMs?: number | null;
  /** Orders held from the last complete sync: likely the end of the list, so no window is spent past it. */
  endHint?: number | null;
  /** Orders already held (from a newest-first sync of this upstream): paging stops at a page of only these. */
  known?: { upstreamId: string; byId: ReadonlyMap<string, Order> } | null;
};

export type PageEvent = { page: number; added: number; replaced: number; upstreamId: string | null };

/** Orders asked for per page: the most the API's other endpoints allow. */
export const PAGE_LIMIT = 100;

const abortError = () => new ApiError('aborted', 0, 'Sync cancelled');

/**
 * One sync of the whole order history: pages `/api/orders` to the end into an id-keyed collection. It keeps
 * its place, so after an error or an abort `run()` again resumes where it stopped, keeping what was loaded.
 */
export class PagingSession {
  readonly collection = new OrderCollection();
  readonly limit: number;
  readonly maxWindow: number;
  sinceMs: number | null;
  pagesLoaded = 0;
  requests = 0;
  rateLimited = 0;
  retries = 0;
  rate: FetchedPage['rateLimit'] = { limit: null, remaining: null };
  upstreamId: string | null = null;
  /** While waiting out a 429: when requests resume (epoch ms). */
  waitingUntil: number | null = null;
  newestFirst = true;
  endReason: 'end' | 'since' | 'known' | null = null;
  done = false;
  startedAt: number | null = null;
  finishedAt: number | null = null;

  #pageSize: rules.PageSizeKnowledge;
  #cursor = 1;
  #endPage: number | null = null;
  #requeued: number[] = [];
  #pausedUntil = 0;
  /** Entries of the pages read so far that were not orders: they fill a page's length, not the collection. */
  #notOrders = 0;
  /** 429s since the last page that answered. */
  #limitedInARow = 0;
  #expected: number | null = null;
  #stage: rules.RepairStage = 'paging';
  #next: number | null = null;
  /** Set once inserts are seen: from this page on, pages are read one at a time (no new gaps can form). */
  #sequentialFrom: number | null = null;
  /** The first order of the first page read one at a time: a repair sweep that reaches it has closed every gap. */
  #anchor: string | null = null;
  #times = new Map<number, (number | null)[]>();
  #verifiedThrough = 0;
  #verifiedLast: number | null = null;
  #endHint: number | null;
  #known: EngineOptions['known'];
  #knownPages = new Set<number>();
  #newsPages = 0;
  /** The edges of each page as last read while paging or sweeping, to tell a repeated page from the next. */
  #edges = new Map<number, rules.PageEdges>();
  /** Orders replaced by each page while paging: from `#repeatsFrom` on they were repeats, not inserts. */
  #replacedAt = new Map<number, number>();
  #repeatsFrom = Infinity;

  constructor(options: EngineOptions = {}) {
    this.limit = options.limit ?? PAGE_LIMIT;
    this.maxWindow = options.maxWindow ?? 4;
    this.sinceMs = options.sinceMs ?? null;
    this.#endHint = options.endHint ?? null;
    this.#known = options.known ?? null;
    this.#pageSize = rules.initialPageSize(this.limit);
  }

  /** True while paging may still stop at the first page of already-held, unchanged orders. */
  get incremental(): boolean {
    return this.#known !== null;
  }

  /** True while re-reading pages because orders arrived (and moved others) while pages were in flight. */
  get repairing(): boolean {
    return this.#stage === 'sweep' || this.#stage === 'head';
  }

  /** A wider "since" window (or none) after an early stop: paging continues from where it stopped. */
  widen(sinceMs: number | null): void {
    this.sinceMs = sinceMs;
    const stillPast = sinceMs !== null && this.#verifiedLast !== null && this.#verifiedLast < sinceMs;
    if (this.endReason !== 'since' || stillPast) return;
    this.#endPage = null;
    this.endReason = null;
    this.#stage = 'paging';
    this.#next = null;
    this.done = false;
    this.finishedAt = null;
  }

  async run(
    deps: EngineDeps,
    signal: AbortSignal,
    onUpdate: (event: PageEvent | null) => void,
  ): Promise<void> {
    if (this.done) return;
    this.startedAt ??= deps.now();
    const inflight = new Map<number, Promise<void>>();
    let failure: unknown = null;
    const launch = (page: number) => {
      const task = this.#fetchOne(page, deps, signal, onUpdate)
        .then((result) => onUpdate(this.#accept(page, result)))
        .catch((error: unknown) => {
          failure ??= error;
          if (this.#stage === 'paging') this.#requeued.push(page);
          else this.#next = page;
        })
        .finally(() => inflight.delete(page));
      inflight.set(page, task);
    };
    for (;;) {
      const page = failure === null && !signal.aborted ? this.#nextPage(inflight.size) : null;
      if (page !== null) {
        launch(page);
        continue;
      }
      if (inflight.size > 0) {
        await Promise.race(inflight.values());
        continue;
      }
      if (failure !== null || signal.aborted || !this.#advanceStage()) break;
    }
    if (signal.aborted) throw abortError();
    if (failure !== null) throw failure;
    this.done = true;
    this.finishedAt = deps.now();
    onUpdate(null);
  }

  #nextPage(inflight: number): number | null {
    if (this.#stage !== 'paging') {
      const next = inflight === 0 ? this.#next : null;
      this.#next = null;
      return next;
    }
    const sequential = this.#sequentialFrom !== null;
    const window = sequential
      ? 1
      : rules.allowedInFlight(this.#pageSize.confirmed, this.rate.remaining, this.maxWindow);
    // A revalidation usually ends on page 1 or 2: one page at a time, widening only as pages keep bringing news.
    const allowed = this.#known ? Math.min(window, 2 ** Math.max(0, this.#newsPages - 2)) : window;
    if (inflight >= allowed) return null;
    this.#requeued.sort((a, b) => a - b);
    const retry = this.#requeued.shift();
    if (retry !== undefined) return retry;
    if (this.#endPage !== null && this.#cursor > this.#endPage) return null;
    if (inflight > 0 && this.#pastHint(this.#cursor)) return null;
    return this.#cursor++;
  }

  /** Past the page where the last sync ended, one page at a time: the end costs one request, not a window. */
  #pastHint(page: number): boolean {
    if (this.#endHint === null || !this.#pageSize.confirmed) return false;
    return page > rules.lastPageFor(this.#endHint, this.#pageSize.largest);
  }

  /**
   * Live inserts shift offsets: pages in flight together can then leave a gap that no duplicate reveals. When
   * paging saw duplicates or holds fewer than the end page implies, sweep from page 1 one page at a time past
   * every page read in parallel, then re-read the head until a page brings nothing new.
   */
  #advanceStage(): boolean {
    const short = this.#expected !== null && this.collection.size + this.#notOrders < this.#expected;
    let duplicates = 0;
    for (const [page, replaced] of this.#replacedAt) if (page < this.#repeatsFrom) duplicates += replaced;
    this.#stage = rules.nextRepairStage(this.#stage, duplicates > 0 || short);
    this.#next = this.#stage === 'settled' ? null : 1;
    return this.#next !== null;
  }

  #accept(page: number, result: FetchedPage): PageEvent {
    this.#noteEdges(page, result.orders);
    const length = result.entries ?? result.orders.length;
    const { added, replaced } = this.collection.merge(result.orders);
    this.rate = result.rateLimit;
    this.upstreamId = result.upstreamId ?? this.upstreamId;
    if (this.#known && result.upstreamId !== this.#known.upstreamId) this.#known = null;
    if (this.#known && this.#stage === 'paging') {
      if (rules.allKnown(result.orders, this.#known.byId)) this.#knownPages.add(page);
      else this.#newsPages++;
    }
    if (this.#stage === 'sweep') {
      this.#next = this.#sweptFar(page, result.orders, length, added) ? null : page + 1;
    } else if (this.#stage === 'head') {
      const last = rules.isLastPage(length, this.#pageSize.largest) || page > (this.#endPage ?? 0);
      this.#next = !last && added > 0 ? page + 1 : null;
    } else {
      this.pagesLoaded++;
      this.#replacedAt.set(page, (this.#replacedAt.get(page) ?? 0) + replaced);
      this.#notOrders += length - result.orders.length;
      if (page === this.#sequentialFrom) this.#anchor = result.orders[0]?.id ?? null;
      if (replaced > 0) this.#sequentialFrom ??= this.#cursor;
      this.#pageSize = rules.learnPageSize(this.#pageSize, length);
      if (rules.isLastPage(length, this.#pageSize.largest)) this.#setEnd(page, 'end', length);
      this.#checkOrder(page, result.orders);
    }
    return { page, added, replaced, upstreamId: result.upstreamId };
  }

  /**
   * Notes the page's edges while paging or sweeping. Paging, a page that repeats its neighbours (an API that
   * clamps `page` past the end) is where the list ends, and the orders it repeated are not inserts.
   */
  #noteEdges(page: number, orders: readonly Order[]): void {
    if (this.#stage === 'head') return;
    const edges = (at: number) => this.#edges.get(at);
    this.#edges.set(page, rules.edgesOf(orders.map((o) => o.id)));
    if (this.#stage !== 'paging') return;
    for (const at of [page - 1, page, page + 1]) {
      if (!rules.repeatsLastPage(edges(at - 1), edges(at), edges(at + 1))) continue;
      this.#setEnd(at, 'end', 0);
      this.#repeatsFrom = Math.min(this.#repeatsFrom, at);
    }
  }

  /** Where a repair sweep may stop: past the first page read one at a time, else at the end of the list. */
  #sweptFar(page: number, orders: readonly Order[], length: number, added: number): boolean {
    if (rules.isLastPage(length, this.#pageSize.largest)) return true;
    const edges = (at: number) => this.#edges.get(at);
    if (rules.repeatsLastPage(edges(page - 2), edges(page - 1), edges(page))) return true;
    if (this.#anchor !== null) return orders.some((o) => o.id === this.#anchor);
    if (this.endReason === 'end' || this.#endPage === null || page < this.#endPage) return false;
    if (this.endReason === 'known')
      return added === 0 || rules.allKnown(orders, this.#known?.byId ?? new Map());
    const last = rules.lastTime(
      orders.map((o) => o.createdAtMs),
      null,
    );
    return this.sinceMs !== null && last !== null && last < this.sinceMs;
  }

  #setEnd(page: number, reason: 'end' | 'since' | 'known', length: number): void {
    if (this.#endPage !== null && this.#endPage <= page) return;
    this.#endPage = page;
    this.endReason = reason;
    this.#expected = reason === 'end' ? (page - 1) * this.#pageSize.largest + length : null;
  }

  /** Verifies newest-first over the contiguous run of pages from 1, and stops early past the "since" window. */
  #checkOrder(page: number, orders: readonly Order[]): void {
    this.#times.set(
      page,
      orders.map((o) => o.createdAtMs),
    );
    for (let times = this.#times.get(this.#verifiedThrough + 1); times;) {
      this.#times.delete(++this.#verifiedThrough);
      if (!rules.isNonIncreasing(times, this.#verifiedLast)) this.newestFirst = false;
      this.#verifiedLast = rules.lastTime(times, this.#verifiedLast);
      const past = this.sinceMs !== null && this.#verifiedLast !== null && this.#verifiedLast < this.sinceMs;
      if (this.newestFirst && past && times.length > 0)
        this.#setEnd(this.#verifiedThrough, 'since', times.length);
      if (this.newestFirst && this.#known && this.#knownPages.has(this.#verifiedThrough))
        this.#setEnd(this.#verifiedThrough, 'known', times.length);
      times = this.#times.get(this.#verifiedThrough + 1);
    }
  }

  async #fetchOne(page: number, deps: EngineDeps, signal: AbortSignal, onUpdate: (e: null) => void) {
    for (let attempt = 0; ;) {
      while (deps.now() < this.#pausedUntil) {
        this.waitingUntil = this.#pausedUntil;
        onUpdate(null);
        await deps.sleep(this.#pausedUntil - deps.now(), signal);
      }
      if (this.waitingUntil !== null) {
        this.waitingUntil = null;
        onUpdate(null);
      }
      if (signal.aborted) throw abortError();
      this.requests++;
      try {
        const answer = await deps.fetchPage(page, this.limit, signal);
        this.#limitedInARow = 0;
        return answer;
      } catch (error) {
        if (signal.aborted) throw abortError();
        const kind = rules.classifyFailure(error);
        if (kind === 'rate-limit') {
          this.rateLimited++;
          const wait = rules.rateLimitWaitMs((error as ApiError).retryAfterMs, ++this.#limitedInARow);
          this.#pausedUntil = Math.max(this.#pausedUntil, deps.now() + wait);
          this.rate = { ...this.rate, remaining: 0 };
          continue;
        }
        if (kind === 'fatal' || attempt >= rules.MAX_RETRIES) throw error;
        this.retries++;
        const retryAfter = error instanceof ApiError ? error.retryAfterMs : null;
        await deps.sleep(rules.backoffMs(++attempt, retryAfter), signal);
      }
    }
  }
}
