import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MirrorEvent } from '../../core/mirror/protocol.ts';
import { fetchOrdersPage } from '../../core/orders/orders-page.ts';
import { startEmulator, type RunningEmulator } from '../emulator/server.ts';
import type { Mirror } from './mirror.ts';
import { startPostgresMirror } from './postgres-mirror.ts';
import { createTestDatabase, testPostgres } from './test-postgres.ts';

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

describe.skipIf(postgres.kind === 'skipped')(`two server copies on one PostgreSQL mirror${skip}`, () => {
  let emulator: RunningEmulator;
  let clock = Date.now();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const logs: string[][] = [[], []];
  /** Upstream pages each copy asked for: only the leader may spend the shop's budget. */
  const spent = [0, 0];
  const copies: Mirror[] = [];

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
      log: (message) => logs[copy]?.push(message),
      deps: {
        fetchPage: (page, limit, signal) => {
          spent[copy] = (spent[copy] ?? 0) + 1;
          const headers = { authorization: `Bearer ${emulator.key}` };
          return fetchOrdersPage(emulator.url, page, limit, { headers, signal });
        },
      },
    });
  const requests = () => emulator.emulator.summary().requests.total;
  const leaders = () =>
    logs.map((lines) => lines.filter((l) => l.includes('now runs the order mirror')).length);

  beforeAll(async () => {
    if (postgres.kind !== 'available') return;
    emulator = await startEmulator({ count: ORDERS, port: 0, live: 1, now: () => clock });
    database = await createTestDatabase(postgres.adminUrl);
  });
  afterAll(async () => {
    for (const copy of copies) await copy.close().catch(() => undefined);
    await database?.drop();
    await emulator?.close();
  });

  it('started at the same instant on an empty database, they migrate once and elect one leader that syncs once', async () => {
    copies.push(...(await Promise.all([start(0), start(1)])));
    const [a, b] = copies as [Mirror, Mirror];
    expect(a.epoch).toBe(b.epoch);
    await until('both copies hold the whole history', async () => {
      const [sa, sb] = await Promise.all([a.status(), b.status()]);
      return sa.firstPassDone && sb.firstPassDone && sa.held === ORDERS && sb.held === ORDERS;
    });
    expect(leaders().reduce((x, y) => x + y)).toBe(1);
    expect(spent[leaders().indexOf(1)]).toBeGreaterThan(0);
    expect(spent[leaders().indexOf(0)]).toBe(0);
    expect(requests()).toBe(spent[0]! + spent[1]!);
    const changes = JSON.parse(await b.changesJson(0, 5000)) as { orders: unknown[]; cursor: number };
    expect(changes.orders).toHaveLength(ORDERS);
  });

  it('a follower relays the leader’s changes live, and its Refresh asks the leader', async () => {
    const follower = copies[leaders()[0] === 1 ? 1 : 0] as Mirror;
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

  it('when the leader stops, the other copy takes over within seconds and resumes without re-reading the history', async () => {
    const leaderIndex = leaders()[0] === 1 ? 0 : 1;
    const [leader, follower] = [copies[leaderIndex], copies[1 - leaderIndex]] as [Mirror, Mirror];
    const { latest } = await follower.event();
    const before = requests();
    await leader.close();
    copies.splice(leaderIndex, 1);
    await until('the follower leads', () => leaders()[1 - leaderIndex] === 1, 5000);
    expect((await follower.status()).firstPassDone).toBe(true);
    clock += 2000;
    const refreshed = await follower.refresh();
    expect(refreshed.latest).toBe(latest + 2);
    expect(refreshed.status.held).toBe(ORDERS + 5);
    expect(refreshed.status.firstPassDone).toBe(true);
    // A head check and a round of the pages holding open orders (nearly all here), not a first pass on top.
    expect(requests() - before).toBeLessThan(HISTORY_PAGES * 1.5);
  });
});
