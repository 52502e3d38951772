import pg from 'pg';
import { explainPostgres } from './postgres-store.ts';

/** The channel every copy of every upstream listens on; messages carry their upstream id. */
export const MIRROR_CHANNEL = 'cekat_mirror';

/** What this copy is for its upstream: the one that syncs, one that serves, or cut off from the database. */
export type CopyRole = { kind: 'leader' } | { kind: 'follower' } | { kind: 'disconnected'; message: string };

export type CoordinatorOptions = {
  url: string;
  upstreamId: string;
  /** How often a follower tries to become leader, and a cut-off copy to reconnect. */
  retryMs: number;
  onRole: (role: CopyRole) => void;
  onMessage: (payload: string) => void;
  log: (message: string) => void;
};

/** The upstream's leader lock key: one per upstream, so copies of different shops never block each other. */
const lockKey = (upstreamId: string) => `cekat-mirror:${upstreamId}`;

/**
 * One copy's own connection (outside the pool): it LISTENs on the mirror channel and, while it lives, may
 * hold the upstream's session advisory lock. PostgreSQL drops the lock with the connection, so a copy that
 * dies or is cut off stops being leader, and another takes over at its next try.
 */
export class PgCoordinator {
  role: CopyRole = { kind: 'disconnected', message: 'Connecting to the mirror database.' };
  readonly #options: CoordinatorOptions;
  #client: pg.Client | null = null;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(options: CoordinatorOptions) {
    this.#options = options;
  }

  /** Connects and tries for leadership now; resolves once this copy knows its first role. */
  async start(): Promise<void> {
    await this.#tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    // Closing the connection releases the lock at once, so a follower takes over at its next try.
    await client?.end().catch(() => undefined);
  }

  /** Gives up leadership (a leader that cannot write must not keep the lock); the next try may take it again. */
  async resign(message: string): Promise<void> {
    const client = this.#client;
    this.#client = null;
    this.#setRole({ kind: 'disconnected', message });
    await client?.end().catch(() => undefined);
  }

  #setRole(role: CopyRole): void {
    const changed = role.kind !== this.role.kind;
    this.role = role;
    if (changed) this.#options.onRole(role);
  }

  async #connect(): Promise<pg.Client> {
    const { url, log, onMessage } = this.#options;
    const client = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
    client.on('notification', (message) => {
      if (message.channel === MIRROR_CHANNEL && message.payload) onMessage(message.payload);
    });
    const lost = (error?: Error) => {
      if (this.#client !== client) return;
      this.#client = null;
      const message = explainPostgres(
        url,
        error ?? Object.assign(new Error('connection closed'), { code: '57P01' }),
      ).message;
      log(message);
      client.end().catch(() => undefined);
      this.#setRole({ kind: 'disconnected', message });
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`listen ${MIRROR_CHANNEL}`);
    return client;
  }

  async #tick(): Promise<void> {
    if (this.#stopped) return;
    try {
      if (!this.#client) this.#client = await this.#connect();
      if (this.role.kind !== 'leader') {
        const { rows } = await this.#client.query<{ leader: boolean }>(
          'select pg_try_advisory_lock(hashtextextended($1, 0)) as leader',
          [lockKey(this.#options.upstreamId)],
        );
        this.#setRole(rows[0]?.leader ? { kind: 'leader' } : { kind: 'follower' });
      }
    } catch (error) {
      const message = explainPostgres(this.#options.url, error).message;
      // Once per new failure, not at every retry.
      if (this.role.kind !== 'disconnected' || this.role.message !== message) this.#options.log(message);
      const client = this.#client;
      this.#client = null;
      await client?.end().catch(() => undefined);
      this.#setRole({ kind: 'disconnected', message });
    }
    if (!this.#stopped) this.#timer = setTimeout(() => void this.#tick(), this.#options.retryMs);
  }
}
