import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { MirrorEvent, MirrorRefreshed, MirrorStatus } from '../../core/mirror/protocol.ts';
import { upstreamId as upstreamIdOf } from '../proxy/forward.ts';
import { kyselyStore } from './kysely-store.ts';
import { changesAnswer, startMirror, type Mirror, type MirrorOptions } from './mirror.ts';
import { MIRROR_CHANNEL, PgCoordinator, type CopyRole } from './pg-coordinator.ts';
import { explainedStore, openPostgres } from './postgres-store.ts';
import type { MirrorStore } from './store.ts';

/** What copies tell each other on the mirror channel (NOTIFY payloads stay far below PostgreSQL's 8000 bytes). */
type Message =
  | { type: 'event'; event: MirrorEvent }
  | { type: 'refresh'; upstreamId: string; id: string }
  | { type: 'refreshed'; upstreamId: string; id: string; answer: MirrorRefreshed };

export type PostgresMirrorOptions = MirrorOptions & {
  url: string;
  /** How often a follower tries for leadership (so how fast it takes over), ms. */
  retryMs?: number;
  /** How long a follower's Refresh waits for the leader's answer, ms. */
  refreshTimeoutMs?: number;
};

/** The mirror, plus what the health endpoint reports: the database's problem now, or null. */
export type PostgresMirror = Mirror & { databaseProblem(): string | null };

/** The leader repeats its status this often, so followers' status (and a new follower's) is never older. */
const HEARTBEAT_MS = 2000;

const idleStatus = (error: MirrorStatus['error']): MirrorStatus => ({
  held: 0,
  firstPassDone: false,
  firstPassPages: 0,
  task: 'idle',
  headCheckedAt: null,
  openVerifiedAt: null,
  oldestVerifiedAt: null,
  sweepPassMs: null,
  budgetRpm: null,
  waitingUntil: null,
  error,
});

/** The mirror's database as the browser sees it when it cannot be reached or no copy leads. */
const copyError = (role: CopyRole, now: number): MirrorStatus['error'] =>
  role.kind === 'disconnected'
    ? { kind: 'network', message: `${role.message} Showing what is already held.`, at: now }
    : null;

/**
 * The mirror on PostgreSQL, for several server copies: every copy serves changes from the shared database;
 * the one holding the upstream's leader lock runs the sync (so the budget is the shop's, not per copy) and
 * publishes its status on the channel; the others relay it to their browsers and pass Refresh to it.
 */
export async function startPostgresMirror(options: PostgresMirrorOptions): Promise<PostgresMirror> {
  const { url, log = () => undefined } = options;
  const { db } = await openPostgres(url, log);
  const store = explainedStore(kyselyStore(db), url);
  const upstreamId = upstreamIdOf(options.upstream);
  const { epoch } = await store.upstream(upstreamId, Date.now());
  // The leader's mirror shares the pool (only this copy closes it); a write that fails gives up leadership,
  // so a copy that can write takes over, or this one again from the stored plan once the database is back.
  const shared: MirrorStore = {
    ...explainedStore(store, url, (error) => {
      if (leading) void coordinator.resign(error.message);
    }),
    close: async () => undefined,
  };
  const listeners = new Set<(event: MirrorEvent) => void>();
  const waiting = new Map<string, (answer: MirrorRefreshed) => void>();
  let leading: Promise<Mirror> | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let lastStatus: MirrorStatus | null = null;

  const publish = (message: Message) =>
    sql`select pg_notify(${MIRROR_CHANNEL}, ${JSON.stringify(message)})`.execute(db).then(
      () => undefined,
      (error: unknown) => log(`The mirror could not notify the other copies: ${(error as Error).message}`),
    );

  async function lead(): Promise<Mirror> {
    // A shared database may hold other shops' mirrors, live in their own copies: never drop them from here.
    const mirror = await startMirror({ ...options, store: shared, keepOthersMs: Number.MAX_SAFE_INTEGER });
    const announce = () =>
      void mirror.event().then(
        (event) => publish({ type: 'event', event }),
        () => undefined,
      );
    mirror.subscribe((event) => void publish({ type: 'event', event }));
    heartbeat = setInterval(announce, HEARTBEAT_MS);
    announce();
    log(`This copy now runs the order mirror's sync (leader for upstream ${upstreamId}).`);
    return mirror;
  }

  async function stepDown(): Promise<void> {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    const mirror = leading;
    leading = null;
    await (await mirror?.catch(() => null))?.close();
  }

  function onMessage(payload: string): void {
    const message = JSON.parse(payload) as Message;
    if (message.type === 'event') {
      if (message.event.upstreamId !== upstreamId) return;
      lastStatus = message.event.status;
      for (const listener of listeners) listener(message.event);
    } else if (message.upstreamId !== upstreamId) {
      return;
    } else if (message.type === 'refresh' && leading) {
      const { id } = message;
      void leading
        .then((mirror) => mirror.refresh())
        .then((answer) => publish({ type: 'refreshed', upstreamId, id, answer }))
        .catch(() => undefined);
    } else if (message.type === 'refreshed') {
      waiting.get(message.id)?.(message.answer);
    }
  }

  const coordinator = new PgCoordinator({
    url,
    upstreamId,
    retryMs: options.retryMs ?? 1000,
    log,
    onMessage,
    onRole(role) {
      if (role.kind !== 'leader') return void stepDown();
      leading = lead();
      // Could not start syncing (the database went away meanwhile): give the lock back and try again.
      leading.catch((error: unknown) => void coordinator.resign((error as Error).message));
    },
  });
  await coordinator.start();

  async function status(): Promise<MirrorStatus> {
    if (leading) return (await leading).status();
    const base = lastStatus ?? idleStatus(null);
    const error = copyError(coordinator.role, Date.now()) ?? base.error;
    try {
      return { ...base, ...(await store.summary(upstreamId)), error };
    } catch {
      return {
        ...base,
        error:
          error ??
          copyError({ kind: 'disconnected', message: 'The mirror database is not answering.' }, Date.now()),
      };
    }
  }

  const event = async (): Promise<MirrorEvent> => {
    if (leading) return (await leading).event();
    const { latest } = await store.changes(upstreamId, Number.MAX_SAFE_INTEGER, 1);
    return { upstreamId, epoch, latest, status: await status() };
  };

  async function refresh(): Promise<MirrorRefreshed> {
    if (leading) return (await leading).refresh();
    const id = randomUUID();
    const timeoutMs = options.refreshTimeoutMs ?? 60_000;
    const answered = new Promise<MirrorRefreshed | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
    });
    await publish({ type: 'refresh', upstreamId, id });
    const answer = await answered.finally(() => waiting.delete(id));
    if (answer) return answer;
    const current = await event();
    const message = `No server copy answered the refresh within ${Math.round(timeoutMs / 1000)} s; the copy that syncs may be restarting. Showing what is already held.`;
    return {
      latest: current.latest,
      status: { ...current.status, error: { kind: 'network', message, at: Date.now() } },
    };
  }

  return {
    upstreamId,
    epoch,
    views: store,
    status,
    event,
    async changes(since, limit) {
      if (leading) return (await leading).changes(since, limit);
      const rows = await store.changes(upstreamId, since, limit);
      return changesAnswer({ upstreamId, epoch }, rows, await status());
    },
    async orderJson(id) {
      const held = await store.order(upstreamId, id);
      return held && `{"order":${held.body},"verifiedAt":${held.verifiedAt},"seq":${held.seq}}`;
    },
    refresh,
    databaseProblem: () => (coordinator.role.kind === 'disconnected' ? coordinator.role.message : null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await stepDown();
      await coordinator.stop();
      await store.close();
    },
  };
}
