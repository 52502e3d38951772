import type { MirrorError, MirrorTask } from '../../core/mirror/protocol.ts';
import { ApiError } from '../../core/orders/api-error.ts';
import type { OrdersPage, RateLimit } from '../../core/orders/orders-page.ts';
import { PAGE_LIMIT } from '../../core/sync/paging-engine.ts';
import * as rules from '../../core/sync/paging-rules.ts';
import * as planner from '../../core/sync/planner.ts';
import { inheritedRpm, nextStartAt, type SpentBudget } from './budget.ts';
import type { MirrorStore, StoredOrder } from './store.ts';

export type SchedulerDeps = {
  now: () => number;
  /** Resolves after `ms` (a fake clock just moves on); rejects when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  fetchPage: (page: number, limit: number, signal: AbortSignal) => Promise<OrdersPage>;
  store: MirrorStore;
  upstreamId: string;
};

export type SchedulerConfig = {
  /** Requests a minute; null: half the announced `X-RateLimit-Limit`, or as fast as the upstream answers. */
  rpm: number | null;
  headMs: number;
  sweepMs: number;
  /** First-pass pages in flight at once. */
  window?: number;
  /** `limit` asked per page. */
  limit?: number;
};

type PagePlan = Extract<planner.Plan, { page: number }>;

/**
 * First-pass pages that may wait to be written once fetched, beyond the window: the next pages are asked
 * meanwhile, so the store can commit many pages at once (about 3 MB of orders at most).
 */
const WRITE_AHEAD = 32;
/** How long a restart's head check may keep `done` back; a budget that spaces requests further serves at once. */
const CHECK_WAIT_MS = 5000;
/**
 * How long a refresh waits out a pause the upstream asked for (429) before it answers anyway, saying so in
 * its status: a spent daily quota asks for hours. Its checks still run once the pause is over.
 */
const REFRESH_WAIT_MS = 60_000;

/** The share of the sweep's pace kept free of open rounds (see `#openRpm`). */
const SWEEP_RESERVE = 1.5;

/** The served JSON of an order: as the upstream sent it, with the id the mirror keys it by. */
function bodyOf(raw: Record<string, unknown>, id: string): string {
  return JSON.stringify(raw.id === id ? raw : { ...raw, id });
}

/** Our own words for a failure (an upstream's message is never relayed). */
function describeFailure(error: unknown, at: number): MirrorError {
  if (error instanceof ApiError && error.kind === 'http' && (error.status === 401 || error.status === 403)) {
    const message = `The Cekat API refused the key (HTTP ${error.status}). Mirroring has stopped; the orders already held are still served. Set a valid CEKAT_API_KEY and restart the server, or press Retry once the key works again.`;
    return { kind: 'auth', message, at };
  }
  if (error instanceof ApiError && error.status === 429) {
    return {
      kind: 'rate-limit',
      message: 'The Cekat API asked us to slow down; mirroring resumes shortly.',
      at,
    };
  }
  if (error instanceof ApiError && error.kind === 'malformed') {
    const message = 'The Cekat API answered with something that is not a list of orders; retrying shortly.';
    return { kind: 'malformed', message, at };
  }
  if (error instanceof ApiError && error.kind === 'timeout') {
    const message = 'The Cekat API took too long to answer; retrying shortly.';
    return { kind: 'timeout', message, at };
  }
  if (error instanceof ApiError && error.kind === 'http' && error.status === 404) {
    // Page 1 refused (a 404 later is the end of the list): most likely the wrong address for the API.
    const message =
      'The Cekat API has no orders list at this address (HTTP 404); check CEKAT_API_BASE_URL. Retrying shortly.';
    return { kind: 'not-found', message, at };
  }
  if (error instanceof ApiError && error.kind === 'http') {
    return {
      kind: 'upstream',
      message: `The Cekat API failed (HTTP ${error.status}); retrying shortly.`,
      at,
    };
  }
  if (error instanceof ApiError) {
    return { kind: 'network', message: 'Could not reach the Cekat API; retrying shortly.', at };
  }
  // Pages come as ApiError whatever fails; anything else is the mirror's own database refusing a read or write.
  const message = 'The mirror database failed (locked or unreachable); retrying shortly.';
  return { kind: 'store', message, at };
}

/**
 * Spends the upstream budget by the planner's priorities: never more than `rpm` request starts in any
 * minute, counting the starts of the leader before it (see budget.ts), first-pass pages in a window,
 * everything else one at a time. A 429 pauses everything; a 401/403 stops it for good (the data stays
 * served).
 */
export class MirrorScheduler {
  state: planner.PlanState;
  task: MirrorTask = 'idle';
  error: MirrorError | null = null;
  waitingUntil: number | null = null;
  /** The budget in force: configured, else half the announced limit, else null (as fast as answered). */
  rpm: number | null;
  latest: number;
  /** When new orders were last checked (the plan forgets it while a refresh forces a check). */
  headCheckedAt: number | null;
  requests = 0;
  readonly #deps: SchedulerDeps;
  readonly #config: Required<SchedulerConfig>;
  readonly #inflight = new Set<Promise<void>>();
  readonly #listeners = new Set<() => void>();
  #refreshes: { since: number; resolve: () => void }[] = [];
  /** The shop's last request start, this leader's or (until its first) the one before it. */
  #lastSpent: SpentBudget | null;
  /** Open pages being read: a refresh is answered only once none is left. */
  #openReads = 0;
  /** How many requests had been sent when the key was last refused. */
  #refusedAt = 0;
  /** First-pass pages fetched and waiting to be written: they no longer hold a place in the window. */
  #writingAhead = 0;
  #failures = 0;
  /** After a failure other than a 429: no request before this (epoch ms). */
  #backoffUntil = 0;
  /** 429s since the last page that answered. */
  #limitedInARow = 0;
  #wake: (() => void) | null = null;
  #savedAt = -Infinity;

  constructor(
    deps: SchedulerDeps,
    config: SchedulerConfig,
    saved: { plan: string | null; latest: number; held: number; spent: SpentBudget | null },
  ) {
    this.#deps = deps;
    this.#config = { window: 4, limit: PAGE_LIMIT, ...config };
    this.rpm = inheritedRpm(config.rpm, saved.spent);
    this.#lastSpent = saved.spent;
    this.latest = saved.latest;
    const restored = saved.plan ? (JSON.parse(saved.plan) as planner.PlanState) : null;
    const plan = restored ? planner.resumedPlan(restored) : planner.initialPlan(this.#config.limit);
    this.state = { ...plan, held: saved.held };
    this.headCheckedAt = restored?.headCheckedAt ?? null;
    // A daily quota spread thin may put the restart's head check minutes away: what is held is served now.
    if (nextStartAt(saved.spent, this.rpm) - deps.now() > CHECK_WAIT_MS)
      this.state = planner.servedUnchecked(this.state, deps.now());
  }

  get #planConfig(): planner.PlanConfig {
    return { headMs: this.#config.headMs, sweepMs: this.#config.sweepMs, window: this.#config.window };
  }

  /** Called after every page and every state change (at most a few times a second matters to no one here). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Checks the head and the open orders now; resolves once both are done (or a failure is reported). */
  refresh(): Promise<void> {
    const since = this.#deps.now();
    this.state = { ...this.state, headCheckedAt: null, openRoundAt: null };
    if (this.#pausedLong()) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.#refreshes.push({ since, resolve }));
    this.#wake?.();
    return done;
  }

  /** How long one full sweep takes at the current budget (ms), null until the page size is known. */
  sweepPassMs(): number | null {
    if (this.state.pageSize <= 0) return null;
    const pages = planner.pagesInHistory(this.state);
    const paced = planner.sweepPaceMs(this.#config);
    if (this.rpm === null) return paced;
    const perMinute = this.rpm - this.#headRpm() - this.#openRpm();
    return Math.max(paced, (pages * 60_000) / Math.max(perMinute, this.rpm * 0.1));
  }

  #headRpm(): number {
    return 60_000 / this.#config.headMs;
  }

  /** Requests a minute for open pages: what the budget leaves after the head and the sweep's pace, at least one per round. */
  #openRpm(): number {
    if (this.rpm === null) return Number.POSITIVE_INFINITY;
    // The sweep's pace (not its period: that left each pass 10% late), and half again: it reads only between
    // rounds, one page at a time, so busy rounds left it short by a third.
    const sweepRpm =
      (SWEEP_RESERVE * planner.pagesInHistory(this.state) * 60_000) / planner.sweepPaceMs(this.#config);
    return Math.max(60_000 / this.#config.headMs, this.rpm - this.#headRpm() - sweepRpm);
  }

  async run(signal: AbortSignal): Promise<void> {
    const { now } = this.#deps;
    while (!signal.aborted) {
      // A refused key stops every request until someone asks again (Retry, Refresh): the key may work by then.
      if (this.error?.kind === 'auth' && this.#refreshes.length === 0) {
        await this.#wait(null, signal);
        continue;
      }
      const at = now();
      const resume = Math.max(this.waitingUntil ?? 0, this.#backoffUntil);
      const pause = Math.max(resume, nextStartAt(this.#lastSpent, this.rpm)) - at;
      if (pause > 0) {
        await this.#wait(pause, signal);
        continue;
      }
      if (this.waitingUntil !== null) this.#set(() => (this.waitingUntil = null));
      if (planner.openRoundDue(this.state, at, this.#planConfig) && !(await this.#startOpenRound(at)))
        continue;
      let next = planner.planNext(this.state, at, this.#planConfig, this.#busy());
      if (next.plan.task !== 'idle' && this.rpm !== null) {
        if (!(await this.#recordStart({ at, rpm: this.rpm }))) continue;
        // Answers may have moved the plan while the start was written.
        next = planner.planNext(this.state, at, this.#planConfig, this.#busy());
      }
      if (next.plan.task === 'idle') {
        if (this.#inflight.size === 0 && this.task !== 'idle') this.#set(() => (this.task = 'idle'));
        await this.#wait(next.plan.until === null ? null : next.plan.until - at, signal);
        continue;
      }
      this.state = next.state;
      this.#launch(next.plan, at, signal);
    }
    await Promise.allSettled([...this.#inflight]);
    await this.#save(true);
    for (const waiter of this.#refreshes.splice(0)) waiter.resolve();
  }

  /** Starts a round over the stored open pages; false (reported like a failed page) when the database fails. */
  async #startOpenRound(at: number): Promise<boolean> {
    const { store, upstreamId } = this.#deps;
    try {
      const pages = await store.openPages(upstreamId, this.state.pageSize, this.state.newestFirst);
      this.state = planner.startOpenRound(this.state, pages, at, this.#openRpm());
    } catch (error) {
      this.#failed(error);
      return false;
    }
    this.#settleRefreshes();
    return true;
  }

  /** Requests the plan counts as in flight: all but the first-pass pages written ahead. */
  #busy(): number {
    return this.#inflight.size - this.#writingAhead;
  }

  /** Waits for `ms` (null: until a request answers), or less when a request answers or a refresh comes. */
  async #wait(ms: number | null, signal: AbortSignal): Promise<void> {
    const woken = new Promise<void>((resolve) => (this.#wake = resolve));
    const waits: Promise<unknown>[] = [woken, ...this.#inflight];
    // A timer only when an answer may not come: aborting one per answered page (its DOMException) cost ~0.2 ms.
    const timer = ms !== null || this.#inflight.size === 0 ? new AbortController() : null;
    const stop = () => timer?.abort();
    if (timer) {
      signal.addEventListener('abort', stop, { once: true });
      waits.push(this.#deps.sleep(ms ?? 60_000, timer.signal).catch(() => undefined));
    }
    await Promise.race(waits);
    timer?.abort();
    signal.removeEventListener('abort', stop);
    this.#wake = null;
  }

  /**
   * Writes a start to the shared database before it is sent, so a leader killed right after still counts
   * against its heir's minute; false (reported like a failed page) when the database refuses.
   */
  async #recordStart(spent: SpentBudget): Promise<boolean> {
    try {
      await this.#deps.store.spend(this.#deps.upstreamId, spent);
      return true;
    } catch (error) {
      this.#failed(error);
      this.#emit();
      return false;
    }
  }

  #launch(plan: PagePlan, at: number, signal: AbortSignal): void {
    this.#lastSpent = { at, rpm: this.rpm };
    this.requests++;
    if (plan.task === 'open') this.#openReads++;
    this.#set(() => (this.task = plan.task));
    const read = this.#read(plan, this.requests, signal).finally(() => {
      this.#inflight.delete(read);
      this.#wake?.();
    });
    this.#inflight.add(read);
  }

  async #read(plan: PagePlan, request: number, signal: AbortSignal): Promise<void> {
    const { now, store, upstreamId, fetchPage } = this.#deps;
    let ahead = false;
    const stage = this.state.history.kind;
    try {
      const page = await fetchPage(plan.page, this.#config.limit, signal);
      const orders: StoredOrder[] = page.orders.map((o, i) => ({
        id: o.id,
        status: o.order_status,
        createdAtMs: o.createdAtMs,
        body: bodyOf(page.raw[i] ?? {}, o.id),
      }));
      const at = now();
      this.#learnRate(page.rateLimit);
      ahead = this.#writeAhead(plan, page.entries);
      const applied = await store.applyPage(upstreamId, orders, at, ahead);
      const result: planner.PageResult = {
        ids: orders.map((o) => o.id),
        added: applied.added,
        length: page.entries,
        order: rules.pageOrder(page.orders.map((o) => o.createdAtMs)),
      };
      const read = planner.pageRead(this.state, plan, result, at);
      const before = this.state;
      this.state = { ...read, held: read.held + applied.added };
      this.latest = Math.max(this.latest, applied.latest);
      const goneBefore = planner.goneBefore(before, plan, result, this.state, at);
      if (goneBefore !== null) {
        const gone = await store.removeUnverified(upstreamId, goneBefore);
        this.state = { ...this.state, held: Math.max(0, this.state.held - gone.removed) };
        this.latest = Math.max(this.latest, gone.latest);
      }
      this.headCheckedAt = this.state.headCheckedAt ?? this.headCheckedAt;
      this.#failures = 0;
      this.#limitedInARow = 0;
      // A key refused after this request was sent is still refused.
      if (this.error?.kind !== 'auth' || request > this.#refusedAt) this.error = null;
    } catch (error) {
      this.state = planner.pageFailed(this.state, plan, now());
      if (signal.aborted) return;
      this.#failed(error);
    } finally {
      if (ahead) this.#writingAhead--;
    }
    if (plan.task === 'open') this.#openReads--;
    this.#settleRefreshes();
    // A pass that ends is saved at once: a server killed just after must not page the history again.
    await this.#save(this.state.history.kind !== stage);
    this.#emit();
  }

  /**
   * Lets the next first-pass page be asked while this one is written, once the page size is known, unless
   * this one may be the last (the plan learns the end only once it is written) or too many wait already;
   * true when it did.
   */
  #writeAhead(plan: PagePlan, length: number): boolean {
    if (plan.task !== 'first-pass' || this.#writingAhead >= WRITE_AHEAD) return false;
    if (!planner.pageSizeKnown(this.state)) return false;
    if (rules.isLastPage(length, Math.max(this.state.pageSize, length))) return false;
    this.#writingAhead++;
    this.#wake?.();
    return true;
  }

  /** A refused key stops; a 429 is a wait, not an error; other failures back off and are reported once they persist. */
  #failed(error: unknown): void {
    const at = this.#deps.now();
    const failure = describeFailure(error, at);
    if (failure.kind === 'auth') {
      this.error = failure;
      this.#refusedAt = this.requests;
      for (const waiter of this.#refreshes.splice(0)) waiter.resolve();
      return;
    }
    if (rules.classifyFailure(error) === 'rate-limit') {
      const wait = rules.rateLimitWaitMs((error as ApiError).retryAfterMs, ++this.#limitedInARow);
      this.waitingUntil = Math.max(this.waitingUntil ?? 0, at + wait);
      this.#settleRefreshes();
      return;
    }
    this.#failures++;
    if (this.#failures > rules.MAX_RETRIES) this.error = failure;
    const retryAfter = error instanceof ApiError ? error.retryAfterMs : null;
    this.#backoffUntil = Math.max(this.#backoffUntil, at + rules.backoffMs(this.#failures, retryAfter));
  }

  #learnRate(rate: RateLimit): void {
    if (this.#config.rpm !== null || rate.limit === null || rate.limit <= 0) return;
    this.rpm = Math.max(1, Math.floor(rate.limit / 2));
  }

  /** A refresh is done once a head check and (with the history held) a whole open round started after it. */
  #settleRefreshes(): void {
    const { headCheckedAt, openRoundAt, open, history } = this.state;
    const paused = this.#pausedLong();
    this.#refreshes = this.#refreshes.filter((waiter) => {
      const head = headCheckedAt !== null && headCheckedAt >= waiter.since;
      const openDone =
        history.kind !== 'held' ||
        (openRoundAt !== null && openRoundAt >= waiter.since && open.length === 0 && this.#openReads === 0);
      const settled = (head && openDone) || this.error !== null || paused;
      if (settled) waiter.resolve();
      return !settled;
    });
  }

  /** True while a pause the upstream asked for lasts longer than a refresh waits. */
  #pausedLong(): boolean {
    return this.waitingUntil !== null && this.waitingUntil - this.#deps.now() > REFRESH_WAIT_MS;
  }

  /** Keeps the plan at most once a second (and at the end), so a restart resumes where it stood. */
  async #save(force: boolean): Promise<void> {
    const at = this.#deps.now();
    if (!force && at - this.#savedAt < 1000) return;
    this.#savedAt = at;
    try {
      await this.#deps.store.savePlan(this.#deps.upstreamId, JSON.stringify(this.state));
    } catch (error) {
      this.#failed(error);
    }
  }

  #set(change: () => void): void {
    change();
    this.#emit();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
