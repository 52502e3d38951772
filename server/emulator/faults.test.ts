import { afterEach, describe, expect, it } from 'vitest';
import type { RawOrder } from './generate.ts';
import type { EmulatorOptions } from './options.ts';
import { startEmulator } from './server.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(options: Partial<EmulatorOptions>) {
  const emulator = await startEmulator({ count: 300, seed: 2, anchor, port: 0, ...options });
  running.push(emulator);
  const get = (path = '/api/orders?limit=10', headers: Record<string, string> = { api_key: emulator.key }) =>
    fetch(`${emulator.url}${path}`, { headers });
  return { ...emulator, get };
}

function fakeClock(startMs: number) {
  let now = startMs;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const WINDOW_START = Date.UTC(2026, 3, 10, 3, 0, 0);

describe('rate limit', () => {
  it('counts down in X-RateLimit-* headers, then 429s with Retry-After in seconds until the window resets', async () => {
    const clock = fakeClock(WINDOW_START + 15_500);
    const emulator = await start({ rpm: 3, now: clock.now });
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      const res = await emulator.get();
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('3');
      remaining.push(res.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await emulator.get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await limited.json()).toEqual({
      success: false,
      status_code: 429,
      error: { message: expect.any(String) },
    });
    const unauthorized = await emulator.get('/api/orders', {});
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('x-ratelimit-limit')).toBe('3');
    expect((await emulator.get('/nope')).headers.get('x-ratelimit-remaining')).toBe('0');
    clock.advance(44_500);
    const next = await emulator.get();
    expect(next.status).toBe(200);
    expect(next.headers.get('x-ratelimit-remaining')).toBe('2');
    const summary = (await (await fetch(`${emulator.url}/__emulator/summary`)).json()) as {
      requests: object;
    };
    expect(summary.requests).toEqual({ total: 7, ok: 4, rateLimited: 1, failed: 0, unauthorized: 1 });
  });

  it('can send Retry-After as an HTTP date', async () => {
    const clock = fakeClock(WINDOW_START + 1_000);
    const emulator = await start({ rpm: 1, now: clock.now, retryAfterFormat: 'date' });
    await emulator.get();
    const limited = await emulator.get();
    expect(limited.status).toBe(429);
    const header = limited.headers.get('retry-after')!;
    expect(header).toBe(new Date(WINDOW_START + 60_000).toUTCString());
    expect(header).toMatch(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
  });

  it('can use a shorter window than a minute', async () => {
    const clock = fakeClock(WINDOW_START + 500);
    const emulator = await start({ rpm: 1, rateWindowMs: 2_000, now: clock.now });
    expect((await emulator.get()).status).toBe(200);
    const limited = await emulator.get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    clock.advance(1_500);
    expect((await emulator.get()).status).toBe(200);
  });

  it('sends no rate-limit headers when unlimited', async () => {
    const res = await (await start({})).get();
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
  });
});

describe('injected faults', () => {
  it('fails about failRate of requests with 500/502/503 in the error shape', async () => {
    const emulator = await start({ failRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await emulator.get();
      statuses.push(res.status);
      const body = (await res.json()) as { status_code?: number; success?: boolean };
      if (res.status >= 500) expect(body).toMatchObject({ success: false, status_code: res.status });
    }
    const failed = statuses.filter((s) => s >= 500);
    expect(failed.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(10);
    expect(new Set(failed).size).toBeGreaterThan(1);
    for (const s of failed) expect([500, 502, 503]).toContain(s);
    const summary = (await (await fetch(`${emulator.url}/__emulator/summary`)).json()) as {
      requests: { failed: number };
    };
    expect(summary.requests.failed).toBe(failed.length);
  });

  it('delays responses by latencyMs', async () => {
    const emulator = await start({ latencyMs: 150 });
    const started = performance.now();
    expect((await emulator.get()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('live mode', () => {
  it('adds new orders at the head as time passes, shifting offsets', async () => {
    const clock = fakeClock(anchor.getTime());
    const emulator = await start({ live: 2, now: clock.now });
    const ordersOf = async (path: string) =>
      ((await (await emulator.get(path)).json()) as { data: { orders: RawOrder[] } }).data.orders;
    const before = await ordersOf('/api/orders?limit=10&page=1');
    expect(before[0]?.order_number).toBe(1300);
    clock.advance(5_000);
    const after = await ordersOf('/api/orders?limit=10&page=1');
    expect(after.map((o) => o.order_number)).toEqual([
      1310, 1309, 1308, 1307, 1306, 1305, 1304, 1303, 1302, 1301,
    ]);
    for (let i = 1; i < after.length; i++) {
      expect(Date.parse(after[i - 1]!.created_at)).toBeGreaterThan(Date.parse(after[i]!.created_at));
    }
    expect(Date.parse(after[0]!.created_at)).toBe(anchor.getTime() + 5_000);
    for (const o of after) expect(['pending', 'paid', 'processing', 'cancelled']).toContain(o.order_status);
    expect(await ordersOf('/api/orders?limit=10&page=2')).toEqual(before);
    const summary = (await (await fetch(`${emulator.url}/__emulator/summary`)).json()) as { count: number };
    expect(summary.count).toBe(310);
    expect(emulator.emulator.orders()).toHaveLength(310);
    const fresh = await emulator.get(`/api/orders/${after[0]!.id}`);
    expect(fresh.status).toBe(200);
  });
});
