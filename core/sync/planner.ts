import type { MirrorTask } from '../mirror/protocol.ts';
import { edgesOf, isLastPage, repeatsLastPage, type PageEdges } from './paging-rules.ts';

/** Why a page is read: one of these, never a combination. */
export type PageTask = Exclude<MirrorTask, 'idle'>;

/** The next step: read `page` for `task`, or wait (until a time, or until a request in flight answers). */
export type Plan = { task: PageTask; page: number } | { task: 'idle'; until: number | null };

/** What the first pass remembers of a page until it is reconciled: answer order and the ids at its edges. */
export type PageMark = {
  answer: number;
  first: string | null;
  last: string | null;
  overlapsPrevious: boolean;
};

/** Where the mirror stands with the whole history: paging it once, closing that pass, or holding it. */
export type History =
  | {
      kind: 'first-pass';
      next: number;
      end: number | null;
      retry: number[];
      inflight: number[];
      answers: number;
      marks: Record<number, PageMark>;
      /** A head check found new orders since page 1 was read: later offsets may have shifted. */
      shifted: boolean;
    }
  /** Paged to the end: a head check says whether the `gaps` need repairs before the history is held. */
  | { kind: 'closing'; shifted: boolean; gaps: RepairTarget[] }
  | {
      kind: 'held';
      sweepNext: number;
      sweepStartedAt: number;
      /** When the last whole sweep pass began (null until one has ended). */
      lastPassStartedAt?: number | null;
      /** The edges of the last two pages this pass read, to tell the end of an upstream that clamps `page`. */
      sweptEdges?: PageEdges[];
      /** The length of the page this pass read last, when it was short long before the end held. */
      sweptShort?: number | null;
      /**
       * When a head check last compared the held history with the upstream's list: null from a restart until
       * one has, since the list may be another one now (a reseeded upstream behind the same address and key).
       */
      confirmedAt?: number | null;
    };

/** A boundary where inserts may have left a gap: re-read from `page` until `anchor` (its old first id) shows. */
export type RepairTarget = { page: number; anchor: string; steps: number };

export type PlanState = {
  history: History;
  repair: RepairTarget[];
  /**
   * A head check under way: the next page, the ids it has read (orders that arrive meanwhile shift pages) and
   * when its first page answered.
   */
  head: { next: number; seen: string[]; from: number } | null;
  headCheckedAt: number | null;
  /** Pages of open orders still to read in this round, newest first. */
  open: number[];
  openRoundAt: number | null;
  /** How long the round under way takes at its pace; the next one starts no sooner (nor before `headMs`). */
  openRoundMs: number;
  /**
   * What the pages say of the list's order (the API does not promise one). Newest first, new orders arrive on
   * page 1; oldest first, on the last page, so the head check reads from there on.
   */
  newestFirst: boolean;
  /** The upstream's page size (largest page seen), and the `limit` asked. */
  pageSize: number;
  asked: number;
  held: number;
  /** Pages read by the first pass (progress). */
  firstPassPages: number;
};

export type PlanConfig = { headMs: number; sweepMs: number; window: number };

/**
 * One page read: the ids of its orders, how many were new, its length (entries, orders or not) and what it
 * says of the list's order (null: it cannot tell).
 */
export type PageResult = {
  ids: readonly string[];
  added: number;
  length: number;
  order: 'newest-first' | 'oldest-first' | null;
};

/** A sweep paces itself a little ahead of its period so that every order is re-read within it. */
const SWEEP_PACE = 0.9;

/** How long a sweep pass is paced to take: its pages spread evenly over this (ms). */
export const sweepPaceMs = (config: Pick<PlanConfig, 'sweepMs'>): number => config.sweepMs * SWEEP_PACE;
/** A repair gives up (the rolling sweep will catch what is left) after this many pages past its start. */
const MAX_REPAIR_STEPS = 4;

export function initialPlan(asked: number): PlanState {
  return {
    history: {
      kind: 'first-pass',
      next: 1,
      end: null,
      retry: [],
      inflight: [],
      answers: 0,
      marks: {},
      shifted: false,
    },
    repair: [],
    head: null,
    headCheckedAt: null,
    open: [],
    openRoundAt: null,
    openRoundMs: 0,
    newestFirst: true,
    pageSize: 0,
    asked,
    held: 0,
    firstPassPages: 0,
  };
}

/**
 * A plan read back after a restart: what was in flight is asked again. A plan saved by an older version lacks
 * the shift and the gaps: a shift is assumed (its repairs are queued already), its round had no pace, and the
 * list was taken to be newest first.
 */
export function resumedPlan(saved: PlanState): PlanState {
  const state = { ...saved, openRoundMs: saved.openRoundMs ?? 0, newestFirst: saved.newestFirst ?? true };
  const { history } = state;
  // The list behind the same address and key may not be the one held: the head is compared with it at once.
  if (history.kind === 'held')
    return { ...state, headCheckedAt: null, history: { ...history, confirmedAt: null } };
  const shifted = (history.kind === 'first-pass' || history.kind === 'closing') && (history.shifted ?? true);
  if (history.kind === 'closing')
    return { ...state, history: { ...history, shifted, gaps: history.gaps ?? [] } };
  if (history.kind !== 'first-pass') return state;
  const retry = [...history.retry, ...history.inflight];
  return { ...state, history: { ...history, shifted, retry, inflight: [] } };
}

/** A resumed history served as held without its head check (one that failed, or a budget that cannot spare it). */
export function servedUnchecked(state: PlanState, now: number): PlanState {
  const { history } = state;
  if (history.kind !== 'held' || history.confirmedAt !== null) return state;
  return { ...state, history: { ...history, confirmedAt: now } };
}

/** Pages in the history at the current size: the full pages and the short (or empty) one that ends it. */
export function pagesInHistory(state: PlanState): number {
  return state.pageSize > 0 ? Math.floor(state.held / state.pageSize) + 1 : 1;
}

/**
 * Due when never checked or checked `headMs` ago; not before the first pass has read page 1 (that is a head
 * check), and not during it at all when the list is oldest first (the pass itself reaches the new orders).
 */
export function headDue(state: PlanState, now: number, config: PlanConfig): boolean {
  const { history } = state;
  if (history.kind === 'first-pass' && (!state.newestFirst || history.marks[1] === undefined)) return false;
  return state.headCheckedAt === null || now - state.headCheckedAt >= config.headMs;
}

/** When the next round of open pages may start: `headMs` after the last one, or once it is over at its pace. */
function openRoundDueAt(state: PlanState, now: number, config: PlanConfig): number {
  if (state.openRoundAt === null) return now;
  return state.openRoundAt + Math.max(config.headMs, state.openRoundMs);
}

/** A new round of open pages is due once the history is held and the last round is over and old enough. */
export function openRoundDue(state: PlanState, now: number, config: PlanConfig): boolean {
  if (state.history.kind !== 'held' || state.open.length > 0) return false;
  return openRoundDueAt(state, now, config) <= now;
}

/** Open pages a round reads at most, budget or not: older open orders (pending for a year) wait for the sweep. */
export const MAX_OPEN_PAGES = 50;
/** The longest a round may take at its budget: fewer pages (the newest) when more would not fit. */
export const MAX_OPEN_ROUND_MS = 5 * 60_000;

/**
 * Starts a round over the pages holding open orders, newest first, paced to `rpm` requests a minute: as
 * many as fit in MAX_OPEN_ROUND_MS (at least one), and the next round waits until this one is due to end.
 */
export function startOpenRound(state: PlanState, pages: readonly number[], now: number, rpm: number) {
  const fit = Math.max(1, Math.floor((rpm * MAX_OPEN_ROUND_MS) / 60_000));
  const open = pages.slice(0, Math.min(fit, MAX_OPEN_PAGES));
  const openRoundMs = Number.isFinite(rpm) ? Math.ceil((open.length * 60_000) / rpm) : 0;
  return { ...state, open, openRoundAt: now, openRoundMs };
}

/** When the sweep's next page is due: pages spread evenly over (a little less than) the sweep period. */
export function sweepDueAt(state: PlanState, config: PlanConfig): number | null {
  const { history } = state;
  if (history.kind !== 'held') return null;
  const period = sweepPaceMs(config);
  // The next pass starts a period after the last one began: at once after a whole pass, later after one that
  // ended early (an upstream that suddenly lists nothing), so page 1 is never read in a loop.
  if (history.sweepNext === 1 && history.lastPassStartedAt != null)
    return Math.max(history.sweepStartedAt, history.lastPassStartedAt + period);
  return history.sweepStartedAt + ((history.sweepNext - 1) * period) / pagesInHistory(state);
}

/**
 * Which page next, and why, by priority: repairs of the first pass, the head, the first pass itself, open
 * orders, the sweep. `inflight` counts requests under way: only first-pass pages overlap, everything else
 * waits for the line to be clear, so each check sees the pages before it.
 */
export function planNext(
  state: PlanState,
  now: number,
  config: PlanConfig,
  inflight: number,
): { plan: Plan; state: PlanState } {
  const idle = (until: number | null) => ({ plan: { task: 'idle' as const, until }, state });
  const { history } = state;
  const alone = inflight === 0;
  const repair = state.repair[0];
  if (repair && alone) return { plan: { task: 'repair', page: repair.page }, state };
  if (state.head !== null || headDue(state, now, config)) {
    const page = state.head?.next ?? (state.newestFirst ? 1 : pagesInHistory(state));
    return alone ? { plan: { task: 'head', page }, state } : idle(null);
  }
  if (history.kind === 'first-pass') return planFirstPass(state, history, config, inflight);
  // Open pages are independent reads: a window of them at once, so a Refresh returns soon.
  const [open, ...rest] = state.open;
  if (open !== undefined && inflight < config.window) {
    return { plan: { task: 'open', page: open }, state: { ...state, open: rest } };
  }
  if (!alone) return idle(null);
  const headAt = (state.headCheckedAt ?? now) + config.headMs;
  if (history.kind !== 'held') return idle(headAt);
  const sweepAt = sweepDueAt(state, config) ?? Infinity;
  if (sweepAt <= now) return { plan: { task: 'sweep', page: history.sweepNext }, state };
  const openAt = openRoundDueAt(state, now, config);
  return idle(Math.min(headAt, openAt, sweepAt));
}

/** The first pass asks one page at a time until the page size is known, then a window of them. */
export function pageSizeKnown(state: PlanState): boolean {
  const { history } = state;
  return state.pageSize >= state.asked || (history.kind === 'first-pass' && history.answers >= 2);
}

function planFirstPass(
  state: PlanState,
  history: Extract<History, { kind: 'first-pass' }>,
  config: PlanConfig,
  inflight: number,
): { plan: Plan; state: PlanState } {
  const window = pageSizeKnown(state) ? config.window : 1;
  const idle = { plan: { task: 'idle' as const, until: null }, state };
  if (inflight >= window) return idle;
  const [retry, ...rest] = [...history.retry].sort((a, b) => a - b);
  const page = retry ?? (history.end === null || history.next <= history.end ? history.next : null);
  if (page === null) return idle;
  const next = retry === undefined ? history.next + 1 : history.next;
  const claimed = { ...history, next, retry: rest, inflight: [...history.inflight, page] };
  return { plan: { task: 'first-pass', page }, state: { ...state, history: claimed } };
}

/** Folds one answered page into the plan. `now` is when it answered. */
export function pageRead(
  state: PlanState,
  plan: Extract<Plan, { page: number }>,
  result: PageResult,
  now: number,
) {
  const { length } = result;
  const pageSize = Math.max(state.pageSize, length);
  const last = isLastPage(length, pageSize);
  const newestFirst = result.order === null ? state.newestFirst : result.order === 'newest-first';
  const next: PlanState = { ...state, pageSize, newestFirst };
  switch (plan.task) {
    case 'first-pass':
      return firstPassRead(next, plan.page, result, last, now);
    case 'head': {
      // Newest first, new orders arrive on top: the news ends at a page holding an order held before this
      // check began. Oldest first, they arrive at the end, shifting nothing: it ends at a short page.
      const seen = new Set(next.head?.seen);
      if (result.added > 0 && (heldBeforeHead(seen, result) === 0 || !newestFirst) && !last) {
        const from = next.head?.from ?? now;
        return { ...next, head: { next: plan.page + 1, seen: [...seen, ...result.ids], from } };
      }
      const arrived = result.added > 0 || seen.size > 0;
      const checked = { ...next, head: null, headCheckedAt: now };
      if (checked.history.kind === 'held') checked.history = { ...checked.history, confirmedAt: now };
      return closeOrNote(checked, arrived && newestFirst);
    }
    case 'open':
      return next;
    case 'sweep': {
      const { history } = next;
      if (history.kind !== 'held') return next;
      // A repeat inside the history is a page of new orders shifting offsets between two reads, not the end.
      const edges = edgesOf(result.ids);
      const swept = history.sweptEdges ?? [];
      const repeated =
        plan.page >= pagesInHistory(next) && repeatsLastPage(swept.at(-2), swept.at(-1), edges);
      // A short page long before the end held may be the upstream's pages grown smaller: the next one tells.
      // Orders follow it (the pages are that size now), or it is empty (the end: orders left the list).
      const early = last && length > 0 && plan.page < pagesInHistory(next) - 1;
      const shrunk = history.sweptShort != null && length > 0 ? history.sweptShort : null;
      const sized = shrunk === null ? next : { ...next, pageSize: shrunk };
      const sweep =
        (last && !early && shrunk === null) || repeated
          ? { sweepNext: 1, sweepStartedAt: now, lastPassStartedAt: history.sweepStartedAt, sweptEdges: [] }
          : { sweepNext: plan.page + 1, sweptEdges: [...swept.slice(-1), edges] };
      return { ...sized, history: { ...history, ...sweep, sweptShort: early ? length : null } };
    }
    case 'repair': {
      const [target, ...rest] = next.repair;
      if (!target) return next;
      const found = result.ids.includes(target.anchor);
      const done = found || last || target.steps >= MAX_REPAIR_STEPS;
      const repair = done ? rest : [{ ...target, page: plan.page + 1, steps: target.steps + 1 }, ...rest];
      const repaired = { ...next, repair };
      return repair.length > 0 || next.history.kind !== 'closing' ? repaired : closeOrNote(repaired, true);
    }
  }
}

/**
 * After a head check (`arrived`: it found new orders) or the last repair. While paging, it notes that offsets
 * may have shifted; closing, it repairs the gaps only if they did (with no new order since page 1 was read,
 * pages answered out of order hide nothing), and the history is held once no repair is left.
 */
function closeOrNote(state: PlanState, arrived: boolean): PlanState {
  const { history } = state;
  if (history.kind === 'first-pass')
    return { ...state, history: { ...history, shifted: history.shifted || arrived } };
  if (history.kind !== 'closing') return state;
  const shifted = history.shifted || arrived;
  const repair = [...state.repair, ...(shifted ? history.gaps : [])];
  if (repair.length > 0) return { ...state, repair, history: { kind: 'closing', shifted, gaps: [] } };
  return {
    ...state,
    repair,
    history: { kind: 'held', sweepNext: 1, sweepStartedAt: state.headCheckedAt ?? 0 },
  };
}

/** Of a head check's page: how many of its orders were held before the check began (`seen`: read by it). */
function heldBeforeHead(seen: ReadonlySet<string>, result: PageResult): number {
  return result.ids.filter((id) => !seen.has(id)).length - result.added;
}

/**
 * Orders not verified since the returned time are no longer listed upstream; null: nothing is known to be
 * gone. When `after` ends a sweep pass, those not verified since the pass before it began were in neither
 * whole pass (one pass alone can miss an order that a deletion shifted onto a page already read). When a head
 * check, newest first, read the list to its end and met no order held before it, the upstream lists another
 * history than the one held (reseeded behind the same address and key): what it did not read is gone.
 */
export function goneBefore(
  before: PlanState,
  plan: Plan,
  result: PageResult,
  after: PlanState,
  now: number,
): number | null {
  if (before.history.kind !== 'held' || after.history.kind !== 'held') return null;
  if (plan.task === 'sweep')
    return after.history.sweepNext === 1 ? (before.history.lastPassStartedAt ?? null) : null;
  if (plan.task !== 'head' || after.head !== null || !before.newestFirst || !after.newestFirst) return null;
  const seen = new Set(before.head?.seen);
  const wholeList = isLastPage(result.length, after.pageSize) && plan.page === (before.head?.next ?? 1);
  const read = seen.size + result.ids.length;
  return wholeList && read > 0 && heldBeforeHead(seen, result) === 0 ? (before.head?.from ?? now) : null;
}

/** A claimed page failed: it is asked again. A failed head check serves a resumed history as it is. */
export function pageFailed(state: PlanState, plan: Extract<Plan, { page: number }>, now: number): PlanState {
  const { history } = state;
  if (plan.task === 'open') return { ...state, open: [plan.page, ...state.open] };
  if (plan.task === 'head') return servedUnchecked(state, now);
  if (plan.task !== 'first-pass' || history.kind !== 'first-pass') return state;
  const inflight = history.inflight.filter((p) => p !== plan.page);
  return { ...state, history: { ...history, inflight, retry: [...history.retry, plan.page] } };
}

function firstPassRead(
  state: PlanState,
  page: number,
  result: PageResult,
  last: boolean,
  now: number,
): PlanState {
  const { history } = state;
  if (history.kind !== 'first-pass') return state;
  const { ids } = result;
  const marks = { ...history.marks };
  const below = marks[page - 1];
  marks[page] = {
    answer: history.answers,
    first: ids[0] ?? null,
    last: ids[ids.length - 1] ?? null,
    overlapsPrevious: below?.last != null && ids.includes(below.last),
  };
  const above = marks[page + 1];
  if (above?.first != null && ids.includes(above.first))
    marks[page + 1] = { ...above, overlapsPrevious: true };
  const repeat = [page - 1, page, page + 1].find((at) =>
    repeatsLastPage(marks[at - 1], marks[at], marks[at + 1]),
  );
  const ends = [history.end, last ? page : null, repeat ?? null].filter((at) => at !== null);
  const end = ends.length > 0 ? Math.min(...ends) : null;
  const inflight = history.inflight.filter((p) => p !== page);
  const paging = { ...history, marks, end, inflight, answers: history.answers + 1 };
  const firstPassPages = state.firstPassPages + 1;
  const finished = end !== null && inflight.length === 0 && paging.retry.length === 0 && paging.next > end;
  const headCheckedAt = page === 1 ? (state.headCheckedAt ?? now) : state.headCheckedAt;
  if (!finished) return { ...state, history: paging, firstPassPages, headCheckedAt };
  // Paged to the end: one last head check, then re-read only the boundaries where a gap can hide.
  return {
    ...state,
    firstPassPages,
    history: { kind: 'closing', shifted: paging.shifted, gaps: gapsToRepair(paging.marks, end) },
    headCheckedAt: null,
  };
}

/**
 * Inserts at the head shift every later offset. Pages read in order then overlap (duplicates, harmless); a
 * gap forms only where page p was answered after page p+1 and the two share no order: re-read from p+1.
 */
export function gapsToRepair(marks: Record<number, PageMark>, end: number): RepairTarget[] {
  const targets: RepairTarget[] = [];
  for (let page = 1; page < end; page++) {
    const upper = marks[page + 1];
    const lower = marks[page];
    if (!upper || !lower || upper.first === null) continue;
    if (lower.answer > upper.answer && !upper.overlapsPrevious) {
      targets.push({ page: page + 1, anchor: upper.first, steps: 0 });
    }
  }
  return targets;
}
