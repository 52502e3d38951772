import { setTimeout as delay } from 'node:timers/promises';
import type { MirrorEvent, MirrorStatus } from '../../core/mirror/protocol.ts';
import { ApiError, decodeText, requestAnswer } from '../../core/orders/api-error.ts';
import { readingPastTheEnd, readOrdersPage, type OrdersPage } from '../../core/orders/orders-page.ts';
import { redactSecret } from '../proxy/body.ts';
import { upstreamId as upstreamIdOf } from '../proxy/forward.ts';
import { upstreamHeaders, type Upstream } from '../proxy/upstream.ts';
import { upstreamGet, UpstreamTooLarge } from '../proxy/upstream-get.ts';
import { MirrorScheduler, type SchedulerDeps } from './scheduler.ts';
import type { MirrorSettings } from './settings.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { SavedViewsStore } from './saved-views-db.ts';
import type { ChangeRows, MirrorStore } from './store.ts';

export type MirrorOn = Extract<MirrorSettings, { mode: 'on' }>;

/** The running mirror of one upstream, as the routes see it. */
export type Mirror = {
  upstreamId: string;
  epoch: string;
  status(): Promise<MirrorStatus>;
  /** What the events stream sends: the cursor and the status now. */
  event(): Promise<MirrorEvent>;
  /** The `MirrorChanges` answer (the stored bodies are spliced in, never re-parsed). */
  changes(since: number, limit: number): Promise<ChangesAnswer>;
  /** The `MirrorOrderInfo` answer as JSON text, or null when the order is not held. */
  orderJson(id: string): Promise<string | null>;
  refresh(): Promise<{ latest: number; status: MirrorStatus }>;
  subscribe(listener: (event: MirrorEvent) => void): () => void;
  /** The team's saved views, in the mirror's database (scoped by `upstreamId` like the orders). */
  views: SavedViewsStore;
  close(): Promise<void>;
};

/**
 * One `changes` answer: where the next one starts (the route sends that as headers too, before the body),
 * and its JSON text in pieces, the stored bodies read and sent a slice at a time.
 */
export type ChangesAnswer = { cursor: number; more: boolean; json: () => AsyncIterable<string> };

/** The `MirrorChanges` JSON around the stored bodies, as the leader and a follower both answer it. */
export function changesAnswer(
  ids: { upstreamId: string; epoch: string },
  rows: ChangeRows,
  status: MirrorStatus,
): ChangesAnswer {
  const more = rows.cursor < rows.latest;
  const head = `{"upstreamId":${JSON.stringify(ids.upstreamId)},"epoch":${JSON.stringify(ids.epoch)},"cursor":${rows.cursor},"latest":${rows.latest},"orders":[`;
  const tail = `],"removed":${JSON.stringify(rows.removed)},"more":${more},"status":${JSON.stringify(status)}}`;
  async function* json(): AsyncGenerator<string> {
    let separator = '';
    yield head;
    for await (const bodies of rows.bodies()) {
      if (bodies.length === 0) continue;
      yield separator + bodies.join(',');
      separator = ',';
    }
    yield tail;
  }
  return { cursor: rows.cursor, more, json };
}

/** Events go out at most this often; the browser asks for the changes themselves. */
const EVENT_INTERVAL_MS = 250;
/** How long one upstream page may take, and how large it may be (a page of 100 orders is about 100 kB). */
export type PageLimits = { timeoutMs: number; maxBytes: number };
const PAGE_LIMITS: PageLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 };

/** Reads one page of the upstream's orders list with the server-held key, which no page read keeps. */
export function upstreamPages(upstream: Upstream, limits = PAGE_LIMITS): SchedulerDeps['fetchPage'] {
  const headers = upstreamHeaders(upstream);
  const { timeoutMs, maxBytes } = limits;
  return (page, limit, signal) => readingPastTheEnd(() => readPage(page, limit, signal), page, limit);

  async function readPage(page: number, limit: number, signal: AbortSignal): Promise<OrdersPage> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const timed = AbortSignal.any([signal, timeout]);
    const url = `${upstream.baseUrl}/api/orders?limit=${limit}&page=${page}`;
    const response = await requestAnswer(async () => {
      const answer = await upstreamGet(url, { headers, signal: timed, maxBytes }).catch((error: unknown) => {
        // Said as what happened, not as "could not reach": the upstream answered too slowly or too much.
        if (timeout.aborted && !signal.aborted)
          throw new ApiError('timeout', 0, `No whole answer within ${timeoutMs} ms`);
        if (error instanceof UpstreamTooLarge)
          throw new ApiError('malformed', 0, `An answer over ${maxBytes} bytes is not an orders page`);
        throw error;
      });
      // An upstream that echoes the key (a debug field, a URL with it) must not put it in the database or
      // in front of a browser: the same redaction as the pass-through proxy's, before anything is read.
      return { ...answer, text: decodeText(redactSecret(answer.body, upstream.apiKey)) };
    }, signal);
    return readOrdersPage(response, page, limit);
  }
}

export type MirrorOptions = {
  settings: MirrorOn;
  upstream: Upstream;
  /** For tests: a fake clock and upstream; the store to use instead of opening `settings.db`. */
  deps?: Partial<Pick<SchedulerDeps, 'now' | 'sleep' | 'fetchPage'>>;
  store?: MirrorStore;
  log?: (message: string) => void;
  /** How long another upstream's mirror is kept unused in the same database (0: the embedded emulator's). */
  keepOthersMs?: number;
};

/** A mirror left by a changed key or upstream is dropped after a week unused. */
const KEEP_OTHERS_MS = 7 * 24 * 3_600_000;

const realSleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal });

/** Opens the store (a clear MirrorStoreError when it cannot), resumes the plan and starts syncing. */
export async function startMirror(options: MirrorOptions): Promise<Mirror> {
  const { settings, upstream } = options;
  const store = options.store ?? (await openSqliteStore(settings.db));
  const upstreamId = upstreamIdOf(upstream);
  const now = options.deps?.now ?? Date.now;
  const row = await store.upstream(upstreamId, now());
  await store.forgetOthers(upstreamId, now() - (options.keepOthersMs ?? KEEP_OTHERS_MS));
  const { held } = await store.summary(upstreamId);
  const deps: SchedulerDeps = {
    now: Date.now,
    sleep: realSleep,
    fetchPage: upstreamPages(upstream),
    ...options.deps,
    store,
    upstreamId,
  };
  const config = { rpm: settings.rpm, headMs: settings.headMs, sweepMs: settings.sweepMs };
  const scheduler = new MirrorScheduler(deps, config, { ...row, held });
  const stop = new AbortController();
  const running = scheduler.run(stop.signal).catch((error: unknown) => {
    options.log?.(`The order mirror stopped: ${(error as Error).message}`);
  });

  async function status(): Promise<MirrorStatus> {
    const summary = await store.summary(upstreamId);
    const { state } = scheduler;
    return {
      held: summary.held,
      firstPassDone: state.history.kind === 'held' && state.history.confirmedAt !== null,
      firstPassPages: state.firstPassPages,
      task: scheduler.task,
      headCheckedAt: scheduler.headCheckedAt,
      openVerifiedAt: summary.openVerifiedAt,
      oldestVerifiedAt: summary.oldestVerifiedAt,
      sweepPassMs: scheduler.sweepPassMs(),
      budgetRpm: scheduler.rpm,
      waitingUntil: scheduler.waitingUntil,
      error: scheduler.error,
    };
  }

  const listeners = new Set<(event: MirrorEvent) => void>();
  let timer: NodeJS.Timeout | null = null;
  const event = async (): Promise<MirrorEvent> => ({
    upstreamId,
    epoch: row.epoch,
    latest: scheduler.latest,
    status: await status(),
  });
  const broadcast = async () => {
    timer = null;
    if (listeners.size === 0) return;
    const current = await event();
    for (const listener of listeners) listener(current);
  };
  scheduler.onChange(() => {
    timer ??= setTimeout(() => void broadcast().catch(() => undefined), EVENT_INTERVAL_MS);
  });

  return {
    upstreamId,
    epoch: row.epoch,
    views: store,
    status,
    event,
    async changes(since, limit) {
      const rows = await store.changes(upstreamId, since, limit);
      return changesAnswer({ upstreamId, epoch: row.epoch }, rows, await status());
    },
    async orderJson(id) {
      const held = await store.order(upstreamId, id);
      if (!held) return null;
      return `{"order":${held.body},"verifiedAt":${held.verifiedAt},"seq":${held.seq}}`;
    },
    async refresh() {
      await scheduler.refresh();
      return { latest: scheduler.latest, status: await status() };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      stop.abort();
      if (timer) clearTimeout(timer);
      await running;
      await store.close();
    },
  };
}
