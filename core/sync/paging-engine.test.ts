import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../orders/api-error.ts';
import { PagingSession, type EngineOptions } from './paging-engine.ts';
import { FakeUpstream, rawOrder, type FakeUpstreamOptions } from './testing/fake-upstream.ts';

function setup(options: FakeUpstreamOptions, engine: EngineOptions = {}) {
  const upstream = new FakeUpstream(options);
  vi.stubGlobal('fetch', upstream.fetch);
  const session = new PagingSession(engine);
  const run = (signal = new AbortController().signal) => session.run(upstream.deps(), signal, () => {});
  return { upstream, session, run };
}

function ids(session: PagingSession): string[] {
  return session.collection.snapshot().map((o) => o.id);
}

function expectAllHeld(session: PagingSession, upstream: FakeUpstream) {
  const held = ids(session);
  expect(new Set(held).size).toBe(held.length);
  expect(new Set(held)).toEqual(new Set(upstream.orders.map((o) => o.id)));
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('paging engine', () => {
  it('pages to the end when the server caps limit below what was asked', async () => {
    const { upstream, session, run } = setup({ count: 95, maxPageSize: 30 }, { maxWindow: 1 });
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.requests.every((r) => r.limit === 100)).toBe(true);
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2, 3, 4]);
    expect(session.endReason).toBe('end');
  });

  it('counts an entry that is not an order in the page length, so a full page never looks like the end', async () => {
    const { upstream, session, run } = setup({ count: 500 }, { maxWindow: 1 });
    (upstream.orders as unknown[])[150] = null;
    await run();
    expect(ids(session)).toHaveLength(499);
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(session.endReason).toBe('end');
  });

  it('takes a short first page as the end only after an empty page confirms it', async () => {
    const { upstream, session, run } = setup({ count: 30, maxPageSize: 30 });
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2]);
  });

  it('ends on a page past the end whose orders are null, as a server that nulls empty lists sends it', async () => {
    const { upstream, session, run } = setup(
      {
        count: 200,
        override: (r) => (r.page > 2 ? json(200, { message: 'success', data: { orders: null } }) : undefined),
      },
      { maxWindow: 1 },
    );
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    expect(session.endReason).toBe('end');
  });

  it('ends at a page past the end that the server refuses with 404, and fails on a 404 for page 1', async () => {
    const past = setup(
      { count: 200, override: (r) => (r.page > 2 ? json(404, { detail: 'Invalid page.' }) : undefined) },
      { maxWindow: 1 },
    );
    await past.run();
    expectAllHeld(past.session, past.upstream);
    expect(past.session.endReason).toBe('end');
    vi.unstubAllGlobals();
    const missing = setup({ count: 200, override: () => json(404, { message: 'Not found' }) });
    await expect(missing.run()).rejects.toMatchObject({ kind: 'http', status: 404 });
  });

  it('ends where an upstream that clamps page past the end repeats its last full page', async () => {
    // Past 100 requests the fake refuses, so a sync that never finds the end fails instead of paging forever.
    const refuseAfter100 = (_request: unknown, index: number) => (index >= 100 ? json(400, {}) : undefined);
    const { upstream, session, run } = setup(
      { count: 1000, clampPages: true, override: refuseAfter100 },
      { maxWindow: 4 },
    );
    await run();
    expectAllHeld(session, upstream);
    // 10 pages, the two repeats of page 10 that end them, and the window's overshoot; no repair sweep.
    expect(session.requests).toBeLessThanOrEqual(12 + 3);
    expect(session.repairing).toBe(false);
    expect(session.endReason).toBe('end');
    vi.unstubAllGlobals();
    // A whole page of inserts between two reads repeats one page once: not the end. The inserts send it
    // through the repair sweep, which ends at the repeats as well.
    const shifted = setup({
      count: 1000,
      clampPages: true,
      override: refuseAfter100,
      beforeAnswer: (_request, index) => {
        if (index === 2) shifted.upstream.insert(100);
      },
    });
    await shifted.run();
    expectAllHeld(shifted.session, shifted.upstream);
    expect(shifted.session.requests).toBeLessThan(40);
  });

  it('ends on an empty last page, spending pages + 1 requests', async () => {
    const { upstream, session, run } = setup({ count: 300 }, { maxWindow: 1 });
    await run();
    expectAllHeld(session, upstream);
    expect(session.requests).toBe(4);
    expect(session.pagesLoaded).toBe(4);
  });

  it('keeps a small window of pages in flight once the page size is known, overshooting the end by less than it', async () => {
    const { upstream, session, run } = setup({ count: 1050 }, { maxWindow: 4 });
    let peak = 0;
    let open = 0;
    const inner = upstream.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      peak = Math.max(peak, ++open);
      await new Promise((r) => setTimeout(r, 1));
      return inner(input, init).finally(() => open--);
    });
    await run();
    expectAllHeld(session, upstream);
    expect(peak).toBe(4);
    expect(session.requests).toBeLessThanOrEqual(11 + 3);
  });

  it('misses nothing and counts nothing twice when live inserts shift offsets', async () => {
    const { upstream, session, run } = setup({
      count: 1000,
      beforeAnswer: (_request, index) => {
        if (index % 2 === 1) upstream.insert(3);
      },
    });
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.orders.length).toBeGreaterThan(1000);
  });

  it('waits out a 429 with Retry-After in seconds, then resumes keeping what was loaded', async () => {
    const { upstream, session, run } = setup(
      {
        count: 500,
        override: (_r, index) =>
          index === 2 ? json(429, { error: { message: 'slow down' } }, { 'retry-after': '7' }) : undefined,
      },
      { maxWindow: 1 },
    );
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.sleeps).toEqual([7000]);
    expect(session.rateLimited).toBe(1);
    expect(session.requests).toBe(7);
  });

  it('still pauses for a Retry-After of 0 or a date already past, longer for each 429 in a row', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const { upstream, session, run } = setup(
      {
        count: 250,
        override: (_r, index) =>
          index >= 1 && index <= 4 ? json(429, {}, { 'retry-after': index % 2 ? '0' : past }) : undefined,
      },
      { maxWindow: 1 },
    );
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(session.rateLimited).toBe(4);
  });

  it('waits out a 429 with Retry-After as an HTTP date', async () => {
    const date = () => new Date(Date.now() + 30_000).toUTCString();
    const { upstream, session, run } = setup(
      {
        count: 250,
        override: (_r, index) => (index === 1 ? json(429, {}, { 'retry-after': date() }) : undefined),
      },
      { maxWindow: 1 },
    );
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.sleeps).toHaveLength(1);
    expect(upstream.sleeps[0]).toBeGreaterThan(28_000);
    expect(upstream.sleeps[0]).toBeLessThanOrEqual(30_000);
  });

  it('paces by X-RateLimit-Remaining: at most one 429 per rate-limit window', async () => {
    const { upstream, session, run } = setup({ count: 2000, ratePerWindow: 6, windowMs: 60_000 });
    await run();
    expectAllHeld(session, upstream);
    const windows = Math.ceil(21 / 6);
    expect(session.rateLimited).toBeLessThanOrEqual(windows - 1);
  });

  it('retries 5xx with bounded backoff, then succeeds', async () => {
    const { upstream, session, run } = setup(
      {
        count: 250,
        override: (r, i) => (r.page === 2 && i < 4 ? json(503, { message: 'busy' }) : undefined),
      },
      { maxWindow: 1 },
    );
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.sleeps).toEqual([500, 1000, 2000]);
    expect(session.retries).toBe(3);
  });

  it('waits as long as a 503 says (maintenance with Retry-After) before asking again', async () => {
    const down = (r: { page: number }, i: number) =>
      r.page === 2 && i < 2 ? json(503, {}, { 'retry-after': '120' }) : undefined;
    const { upstream, session, run } = setup({ count: 250, override: down }, { maxWindow: 1 });
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.sleeps).toEqual([120_000]);
  });

  it('gives up after bounded retries, keeps what was loaded, and resumes where it stopped', async () => {
    let failing = true;
    const { upstream, session, run } = setup(
      { count: 350, override: (r) => (failing && r.page === 3 ? json(502, {}) : undefined) },
      { maxWindow: 1 },
    );
    await expect(run()).rejects.toMatchObject({ kind: 'http', status: 502 });
    expect(session.collection.size).toBe(200);
    expect(upstream.sleeps).toHaveLength(4);
    failing = false;
    const before = upstream.requests.length;
    await run();
    expectAllHeld(session, upstream);
    expect(upstream.requests.slice(before).map((r) => r.page)).toEqual([3, 4]);
  });

  it('stops at once on 401 without retrying', async () => {
    const { upstream, session, run } = setup({
      count: 250,
      override: () =>
        json(401, { success: false, status_code: 401, error: { message: 'Not authenticated' } }),
    });
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, message: 'Not authenticated' });
    expect(upstream.requests).toHaveLength(1);
    expect(session.done).toBe(false);
  });

  it('reports a body that is not JSON as a malformed upstream answer', async () => {
    const { session, run } = setup(
      {
        count: 250,
        override: (r) =>
          r.page === 2 ? new Response('<html>Bad gateway</html>', { status: 200 }) : undefined,
      },
      { maxWindow: 1 },
    );
    await expect(run()).rejects.toMatchObject({ kind: 'malformed' });
    expect(session.collection.size).toBe(100);
  });

  it('keeps orders with statuses the documentation does not list', async () => {
    const { upstream, session, run } = setup({ count: 3 });
    upstream.orders[1] = rawOrder(2, 'on_hold');
    await run();
    expect(session.collection.snapshot().map((o) => o.order_status)).toEqual(['paid', 'on_hold', 'paid']);
  });

  it('stops sending requests when aborted (unmount)', async () => {
    const controller = new AbortController();
    const { upstream, session } = setup({
      count: 1000,
      beforeAnswer: (r) => {
        if (r.page === 2) controller.abort();
      },
    });
    const running = session.run(upstream.deps(), controller.signal, () => {});
    await expect(running).rejects.toMatchObject({ kind: 'aborted' });
    const sent = upstream.requests.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(upstream.requests.length).toBe(sent);
    expect(sent).toBeLessThanOrEqual(1 + session.maxWindow);
  });

  it('stops early for a "since" window when the upstream is newest first', async () => {
    const since = Date.parse(rawOrder(820).created_at);
    const { upstream, session, run } = setup({ count: 1000 }, { maxWindow: 1, sinceMs: since });
    await run();
    expect(session.endReason).toBe('since');
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2]);
    session.widen(null);
    await run();
    expectAllHeld(session, upstream);
  });

  it('ignores the "since" window when the upstream is not newest first', async () => {
    const since = Date.parse(rawOrder(820).created_at);
    const { upstream, session, run } = setup({ count: 1000, newestFirst: false }, { sinceMs: since });
    await run();
    expect(session.newestFirst).toBe(false);
    expect(session.endReason).toBe('end');
    expectAllHeld(session, upstream);
  });
});
