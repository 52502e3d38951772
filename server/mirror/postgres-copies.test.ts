import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MirrorEvent } from '../../core/mirror/protocol.ts';
import { fetchOrdersPage } from '../../core/orders/orders-page.ts';
import { startEmulator, type RunningEmulator } from '../emulator/server.ts';
import { startPostgresMirror, type PostgresMirror } from './postgres-mirror.ts';
import { POOL_MAX } from './postgres-store.ts';
import { createTestDatabase, testPostgres } from './test-postgres.ts';
import { changesText } from './testing/changes.ts';

const postgres = await testPostgres();
const skip = postgres.kind === 'skipped' ? ` (${postgres.reason})` : '';
const ORDERS = 2000;
/** At 100 a page. */
const HISTORY_PAGES = 20;

/** Polls `check` until it holds (these specs wait for real copies talking through a real database). */
async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await delay(50);
  }
}

describe.skipIf(postgres.kind === 'skipped')(
  `two server copies on one PostgreSQL mirror${skip}`,
  { timeout: 30_000 },
  () => {
    let emulator: RunningEmulator;
    let clock = Date.now();
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    /** Every copy's log lines, in order. */
    const timeline: { copy: number; message: string }[] = [];
    /** Upstream pages each copy asked for: only the leader may spend the shop's budget. */
    const spent = [0, 0];
    const copies: PostgresMirror[] = [];

    const start = (copy: number) =>
      startPostgresMirror({
        url: database.url,
        retryMs: 100,
        refreshTimeoutMs: 10_000,
        settings: {
          mode: 'on',
          storeTimeZone: 'Asia/Jakarta',
          db: database.url,
          rpm: 1200,
          headMs: 60_000,
          sweepMs: 3_600_000,
        },
        upstream: { baseUrl: emulator.url, apiKey: emulator.key },
        log: (message) => timeline.push({ copy, message }),
        deps: {
          fetchPage: (page, limit, signal) => {
            spent[copy] = (spent[copy] ?? 0) + 1;
            const headers = { authorization: `Bearer ${emulator.key}` };
            return fetchOrdersPage(emulator.url, page, limit, { headers, signal });
          },
        },
      });
    const requests = () => emulator.emulator.summary().requests.total;
    /** The copies that became leader since log line `from`, in order. */
    const leaderships = (from = 0) =>
      timeline
        .slice(from)
        .filter((line) => line.message.includes('now runs the order mirror'))
        .map((line) => line.copy);
    const leader = () => leaderships().at(-1) ?? -1;
    const copy = (index: number) => copies[index] as PostgresMirror;
    /** Runs `query` on the server's maintenance database, outside the mirror's. */
    async function onServer(query: string): Promise<void> {
      const admin = new pg.Client({
        connectionString: postgres.kind === 'available' ? postgres.adminUrl : '',
      });
      await admin.connect();
      await admin.query(query);
      await admin.end();
    }

    beforeAll(async () => {
      if (postgres.kind !== 'available') return;
      emulator = await startEmulator({ count: ORDERS, port: 0, live: 1, now: () => clock });
      database = await createTestDatabase(postgres.adminUrl);
    });
    afterAll(async () => {
      for (const mirror of copies) await mirror.close().catch(() => undefined);
      await database?.drop();
      await emulator?.close();
    });

    it('started at the same instant on an empty database, they migrate once and elect one leader that syncs once', async () => {
      copies.push(...(await Promise.all([start(0), start(1)])));
      expect(copy(0).epoch).toBe(copy(1).epoch);
      await until('both copies hold the whole history', async () => {
        const [a, b] = await Promise.all([copy(0).status(), copy(1).status()]);
        return a.firstPassDone && b.firstPassDone && a.held === ORDERS && b.held === ORDERS;
      });
      expect(leaderships()).toHaveLength(1);
      expect(spent[leader()]).toBeGreaterThan(0);
      expect(spent[1 - leader()]).toBe(0);
      // Every request the emulator saw is one of the leader's (one may still be on its way).
      expect(requests()).toBeLessThanOrEqual(spent[0]! + spent[1]!);
      const changes = JSON.parse(await changesText(await copy(1).changes(0, 5000))) as { orders: unknown[] };
      expect(changes.orders).toHaveLength(ORDERS);
      // Each copy's pool is bounded, plus its one connection for leadership and notifications.
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await client.end();
      expect(rows[0]!.n).toBeLessThanOrEqual(2 * (POOL_MAX + 1));
    });

    it('a follower relays the leader’s changes live, and its Refresh asks the leader', async () => {
      const follower = copy(1 - leader());
      const heard: MirrorEvent[] = [];
      const unsubscribe = follower.subscribe((event) => heard.push(event));
      const before = (await follower.event()).latest;
      clock += 3000;
      const refreshed = await follower.refresh();
      expect(refreshed.status.error).toBeNull();
      expect(refreshed.latest).toBe(before + 3);
      await until('the follower heard the new cursor', () => heard.some((e) => e.latest === before + 3));
      unsubscribe();
      expect((await follower.status()).held).toBe(ORDERS + 3);
    });

    it('when the database drops every connection, the copies say so, reconnect, and a leader syncs again', async () => {
      const mark = timeline.length;
      const before = (await copy(0).event()).latest;
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query(
        // Only this role's sessions: an autovacuum worker on the database belongs to the superuser.
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and usename = current_user and pid <> pg_backend_pid()',
      );
      await admin.end();
      await until('a copy leads again', () => leaderships(mark).length > 0, 10_000);
      expect(timeline.slice(mark).map((l) => l.message)).toContainEqual(
        expect.stringMatching(
          /^The mirror database, PostgreSQL at localhost:5432\/mirror_test_\w+, is not reachable/,
        ),
      );
      clock += 1000;
      const refreshed = await copy(1 - leader()).refresh();
      expect(refreshed.latest).toBe(before + 1);
      expect(refreshed.status.held).toBe(ORDERS + 4);
    });

    it('while the database refuses connections, every copy says so for the health endpoint, and all recover', async () => {
      const name = new URL(database.url).pathname.slice(1);
      const mark = timeline.length;
      await onServer(`alter database ${name} allow_connections false`);
      try {
        await onServer(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and usename = current_user and pid <> pg_backend_pid()`,
        );
        await until('both copies report the database', () =>
          copies.every((c) => c.databaseProblem() !== null),
        );
        expect(copy(0).databaseProblem()).toMatch(
          /^The mirror database, PostgreSQL at localhost:5432\/mirror_test_\w+, /,
        );
        // Browsers keep what they hold: the status says what is wrong instead of failing.
        expect((await copy(1).status()).error).toMatchObject({ kind: 'network' });
      } finally {
        await onServer(`alter database ${name} allow_connections true`);
      }
      await until('both copies are back', () => copies.every((c) => c.databaseProblem() === null), 10_000);
      await until('a copy leads again', () => leaderships(mark).length > 0, 10_000);
    });

    it('when the leader stops, the other copy takes over within seconds and resumes without re-reading the history', async () => {
      const [stopping, staying] = [leader(), 1 - leader()];
      const { latest } = await copy(staying).event();
      const before = requests();
      const mark = timeline.length;
      await copy(stopping).close();
      await until('the other copy leads', () => leaderships(mark).includes(staying), 5000);
      // A resumed plan is held once its head check has compared the list (the same shop behind the address).
      await until(
        'it serves the history as held',
        async () => (await copy(staying).status()).firstPassDone,
        5000,
      );
      clock += 2000;
      const refreshed = await copy(staying).refresh();
      expect(refreshed.latest).toBe(latest + 2);
      expect(refreshed.status.held).toBe(ORDERS + 6);
      expect(refreshed.status.firstPassDone).toBe(true);
      // A head check and a round of the pages holding open orders (nearly all here), not a first pass on top.
      expect(requests() - before).toBeLessThan(HISTORY_PAGES * 1.5);
    });
  },
);
