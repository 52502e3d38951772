/**
 * The wire contract between the server's order mirror and the browser's replica. Plain types only: the
 * server (server/mirror) produces these shapes, the browser (src/features/orders/sync) consumes them.
 *
 * Routes, all same-origin, behind the same sign-in as `/api/orders` in `npm start`:
 *
 * - `GET  /api/config` → {@link DashboardConfig}. Served whether the mirror is on or off.
 * - `GET  /api/mirror/changes?since=<cursor>&limit=<n>` → {@link MirrorChanges}: every order inserted,
 *   changed or removed after `since`, oldest change first, at most `limit` (default and cap set by the
 *   server; large, so a first load of 100,000 orders is a handful of responses). `since=0` is a first load.
 *   404 when the mirror is off. Headers `x-mirror-next` (the answer's cursor) and `x-mirror-more`
 *   (`true`/`false`) say where the next answer starts before the body arrives, so a reader may ask for it at
 *   once.
 * - `GET  /api/mirror/events` → Server-Sent Events: `event: cursor` with data {@link MirrorEvent} whenever
 *   the cursor moves or the status changes (at most a few per second), a comment line as heartbeat every
 *   15 s. The browser then asks `changes?since=<its cursor>`. Closed by the server when the session ends.
 * - `POST /api/mirror/refresh` → {@link MirrorRefreshed}, answered once the head and the open orders have
 *   been checked upstream now (or the check failed: then `status.error` says why). Same-origin only.
 * - `GET  /api/mirror/orders/<id>` → {@link MirrorOrderInfo}: one held order and when it was last verified.
 * - `GET  /api/views` → {@link SavedViewList}: the team's saved views of this upstream, in their order.
 * - `POST /api/views` with {@link SavedViewCreate} → 201 {@link SavedViewRecord}, added last. Same-origin only.
 * - `PATCH /api/views/<id>` with {@link SavedViewPatch} → {@link SavedViewRecord} (renamed and/or moved).
 *   Same-origin only.
 * - `DELETE /api/views/<id>` → 204. Same-origin only. Every `/api/views` route is 404 when the mirror is off.
 */

/** An order exactly as the upstream sent it (the browser validates and normalises it with its schema). */
export type RawOrder = Record<string, unknown> & { id: string };

export type DashboardConfig = {
  /** True when the server keeps a mirror: the browser syncs from `/api/mirror/*`, else it pages `/api/orders`. */
  mirror: boolean;
  /** The shop's IANA time zone (`STORE_TIMEZONE`, default `Asia/Jakarta`). */
  storeTimeZone: string;
};

/** Why the mirror is reading a page now: one of these, never a combination. */
export type MirrorTask = 'first-pass' | 'head' | 'open' | 'sweep' | 'repair' | 'idle';

export type MirrorError = {
  /**
   * `auth`: 401/403 (the key is wrong or revoked; nothing is asked until a refresh finds it works again).
   * `store`: the mirror's own database failed a read or write; the rest are the upstream's failures.
   */
  kind: 'auth' | 'rate-limit' | 'not-found' | 'upstream' | 'malformed' | 'timeout' | 'network' | 'store';
  /** Our own words, safe to show: what went wrong and what to do. Never an upstream string. */
  message: string;
  /** When it happened (epoch ms). */
  at: number;
};

export type MirrorStatus = {
  /** Distinct orders held. */
  held: number;
  /** True once the whole upstream history has been read at least once (after a restart: and its head compared with it). */
  firstPassDone: boolean;
  /** Pages read by the first pass so far (progress while it runs). */
  firstPassPages: number;
  /** What the scheduler is doing now. */
  task: MirrorTask;
  /** When new orders were last checked (head read to the first page of known orders), epoch ms. */
  headCheckedAt: number | null;
  /** The oldest verification among orders in a non-final status, epoch ms. */
  openVerifiedAt: number | null;
  /** The oldest verification among all held orders, epoch ms. */
  oldestVerifiedAt: number | null;
  /** How long one full sweep of the history takes at the current budget, ms (null until the page size is known). */
  sweepPassMs: number | null;
  /** Upstream requests per minute the mirror allows itself; null = as fast as the upstream answers. */
  budgetRpm: number | null;
  /** While waiting out a 429: when requests resume, epoch ms. */
  waitingUntil: number | null;
  /** The last failure, while it stands (cleared by the next successful request). */
  error: MirrorError | null;
};

export type MirrorChanges = {
  /** The upstream's one-way id (the same as `X-Upstream-Id`): a replica of another upstream is dropped. */
  upstreamId: string;
  /** The mirror database's identity; a different epoch than the replica's means: drop it, start from 0. */
  epoch: string;
  /** The highest sequence number in `orders` and `removed` (`since` when both are empty): ask from here next. */
  cursor: number;
  /** The mirror's highest sequence number now. */
  latest: number;
  /** Orders with a sequence number above `since`, in sequence order, each at its latest state. */
  orders: RawOrder[];
  /**
   * Ids of orders the upstream no longer lists, removed after `since`. Applied before `orders`: an order listed
   * again after its removal is in `orders`, with a later sequence number.
   */
  removed: string[];
  /** True while `cursor < latest`: ask again at once. */
  more: boolean;
  status: MirrorStatus;
};

export type MirrorEvent = { upstreamId: string; epoch: string; latest: number; status: MirrorStatus };

export type MirrorRefreshed = { latest: number; status: MirrorStatus };

export type MirrorOrderInfo = { order: RawOrder; verifiedAt: number | null; seq: number };

/** A view the staff saved: a name and the URL's search string (without `?`), shared by the whole team. */
export type SavedViewRecord = {
  id: string;
  name: string;
  search: string;
  /** The signed-in staff member who saved it; null where there is no sign-in (dev, preview). */
  createdBy: string | null;
  /** Epoch ms. */
  createdAt: number;
};

export type SavedViewList = { views: SavedViewRecord[] };

export type SavedViewCreate = { name: string; search: string };

/** Either or both: a new name, a new place in the list (0 = first; past the end = last). */
export type SavedViewPatch = { name?: string; position?: number };

export const SAVED_VIEW_NAME_MAX = 80;
export const SAVED_VIEW_SEARCH_MAX = 2000;
/** The URL parameters a saved view may hold: the orders list's view state, without the open order. */
export const SAVED_VIEW_PARAMS = ['status', 'q', 'sort', 'from', 'to', 'payment', 'queue'] as const;
