import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../orders/order-schema.ts';
import { PagingSession, type EngineOptions } from './paging-engine.ts';
import { FakeUpstream, type FakeUpstreamOptions } from './testing/fake-upstream.ts';

function setup(options: FakeUpstreamOptions, engine: EngineOptions = {}) {
  const upstream = new FakeUpstream(options);
  vi.stubGlobal('fetch', upstream.fetch);
  const session = new PagingSession(engine);
  const run = () => session.run(upstream.deps(), new AbortController().signal, () => {});
  return { upstream, session, run };
}

/** What a first, complete sync of the same upstream held. */
async function heldAfterFullSync(upstream: FakeUpstream): Promise<Map<string, Order>> {
  const session = new PagingSession();
  await session.run(upstream.deps(), new AbortController().signal, () => {});
  return new Map(session.collection.snapshot().map((o) => [o.id, o]));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('paging engine, revalidating what is held', () => {
  it('stops at the first page of already-held, unchanged orders when the upstream is newest first', async () => {
    const { upstream } = setup({ count: 1000 });
    const byId = await heldAfterFullSync(upstream);
    upstream.requests.length = 0;
    upstream.insert(130);
    const incremental = new PagingSession({ known: { upstreamId: 'fake-1', byId } });
    await incremental.run(upstream.deps(), new AbortController().signal, () => {});
    expect(incremental.endReason).toBe('known');
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    const ids = new Set(incremental.collection.snapshot().map((o) => o.id));
    expect(upstream.orders.slice(0, 130).every((o) => ids.has(o.id))).toBe(true);
  });

  it('keeps paging past pages with changed orders; changes deeper than the first unchanged page wait for a full read', async () => {
    const { upstream } = setup({ count: 500 });
    const byId = await heldAfterFullSync(upstream);
    upstream.requests.length = 0;
    upstream.orders[150]!.order_status = 'refunded';
    const session = new PagingSession({ known: { upstreamId: 'fake-1', byId } });
    await session.run(upstream.deps(), new AbortController().signal, () => {});
    expect(upstream.requests.map((r) => r.page)).toEqual([1]);
    upstream.requests.length = 0;
    upstream.orders[50]!.order_status = 'refunded';
    const again = new PagingSession({ known: { upstreamId: 'fake-1', byId } });
    await again.run(upstream.deps(), new AbortController().signal, () => {});
    expect(upstream.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    expect(again.collection.snapshot().find((o) => o.id === upstream.orders[50]!.id)?.order_status).toBe(
      'refunded',
    );
  });

  it('falls back to a full read when the upstream is not newest first', async () => {
    const { upstream } = setup({ count: 450, newestFirst: false });
    const byId = await heldAfterFullSync(upstream);
    upstream.requests.length = 0;
    const session = new PagingSession({ known: { upstreamId: 'fake-1', byId } });
    await session.run(upstream.deps(), new AbortController().signal, () => {});
    expect(session.endReason).toBe('end');
    expect(session.collection.size).toBe(450);
    expect(Math.max(...upstream.requests.map((r) => r.page))).toBe(5);
  });

  it('falls back to a full read when another upstream answers', async () => {
    const { upstream } = setup({ count: 300 });
    const byId = await heldAfterFullSync(upstream);
    const session = new PagingSession({ known: { upstreamId: 'another', byId } });
    await session.run(upstream.deps(), new AbortController().signal, () => {});
    expect(session.endReason).toBe('end');
    expect(session.collection.size).toBe(300);
  });
});

describe('paging engine, end hint', () => {
  it('spends pages + 1 requests when the last sync says where the end is, even with a window', async () => {
    const { upstream, session, run } = setup({ count: 1000 }, { maxWindow: 8, endHint: 1000 });
    await run();
    expect(session.collection.size).toBe(1000);
    expect(upstream.requests).toHaveLength(11);
  });

  it('still finds orders past a stale hint, one page at a time', async () => {
    const { upstream, session, run } = setup({ count: 1250 }, { maxWindow: 8, endHint: 1000 });
    await run();
    expect(session.collection.size).toBe(1250);
    expect(upstream.requests).toHaveLength(13);
  });
});
