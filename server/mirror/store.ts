/**
 * The mirror's storage, behind one small interface so SQLite (embedded, default) and PostgreSQL (many
 * server copies) are interchangeable. Every method is scoped to one upstream id; bodies are the orders' JSON
 * exactly as they will be served. The store never holds the upstream key.
 */

import type { SpentBudget } from './budget.ts';
import type { SavedViewsStore } from './saved-views-db.ts';

/** One order as written: its served JSON and the columns the planner queries. */
export type StoredOrder = { id: string; body: string; status: string; createdAtMs: number | null };

export type ApplyResult = { added: number; changed: number; latest: number };

/**
 * Orders changed and ids removed after a cursor, up to `cursor`. The range is fixed when asked; `bodies()`
 * reads the orders' served JSON a slice at a time, so a large answer never holds the server's thread. An
 * order changed meanwhile has left the range (its new sequence number is past `latest`): the next answer has it.
 */
export type ChangeRows = {
  bodies: () => AsyncIterable<string[]>;
  removed: string[];
  cursor: number;
  latest: number;
};

export type HeldOrder = { body: string; verifiedAt: number; seq: number };

export type StoreSummary = {
  held: number;
  /** Oldest verification among open orders / among all orders (epoch ms), null when there are none. */
  openVerifiedAt: number | null;
  oldestVerifiedAt: number | null;
};

export type UpstreamRow = { epoch: string; latest: number; plan: string | null; spent: SpentBudget | null };

export interface MirrorStore extends SavedViewsStore {
  /** The upstream's row, created (with a fresh epoch) on first use; marks it used now. */
  upstream(upstreamId: string, now: number): Promise<UpstreamRow>;
  /** Drops the mirrors of other upstreams not used since `before` (a changed key or emulator leaves one behind). */
  forgetOthers(upstreamId: string, before: number): Promise<void>;
  /** Keeps the planner's state (JSON) so a restarted server resumes instead of re-reading the history. */
  savePlan(upstreamId: string, plan: string): Promise<void>;
  /** Records an upstream request start before it is sent (a later record is never moved back), for the next leader. */
  spend(upstreamId: string, spent: SpentBudget): Promise<void>;
  /**
   * Writes one page atomically: new or changed orders get the next sequence numbers, every order of the
   * page gets `verifiedAt`; unchanged ones keep their sequence number. `more`: other pages follow at once,
   * so the store may hold this one briefly to commit it with them (pages are still written in call order).
   */
  applyPage(
    upstreamId: string,
    orders: readonly StoredOrder[],
    verifiedAt: number,
    more?: boolean,
  ): Promise<ApplyResult>;
  /**
   * Drops the orders not verified since `before` (the upstream no longer lists them); each removal takes the
   * next sequence number, so `changes` tells replicas.
   */
  removeUnverified(upstreamId: string, before: number): Promise<{ removed: number; latest: number }>;
  /** Orders changed and ids removed with a sequence number above `since`, oldest first, at most `limit` in all. */
  changes(upstreamId: string, since: number, limit: number): Promise<ChangeRows>;
  order(upstreamId: string, id: string): Promise<HeldOrder | null>;
  summary(upstreamId: string): Promise<StoreSummary>;
  /**
   * Pages (1-based, at `pageSize`) holding open orders, the newest orders' pages first, with the upstream's
   * list taken as newest first (then also the next page of an order near its page's end) or (false) oldest
   * first.
   */
  openPages(upstreamId: string, pageSize: number, newestFirst: boolean): Promise<number[]>;
  close(): Promise<void>;
}

/** A store that cannot be used: the message says which database and what to do. */
export class MirrorStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorStoreError';
  }
}
