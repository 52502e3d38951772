import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator.ts';
import { generateOrders } from './generate.ts';
import type { EmulatorOptions } from './options.ts';
import { deriveSeed, Rng } from './prng.ts';
import { startEmulator } from './server.ts';
import { pickIndex } from './status-changes.ts';
import { summarize } from './summary.ts';
import type { RawOrder } from './types.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const START = anchor.getTime();

function emulatorAt(options: Partial<EmulatorOptions>) {
  let now = START;
  const emulator = createEmulator({ count: 2000, seed: 4, anchor, now: () => now, ...options });
  return { emulator, advance: (ms: number) => (now += ms) };
}

const LIFE: Record<string, string[]> = {
  pending: ['paid', 'cancelled'],
  paid: ['processing', 'refunded'],
  processing: ['shipped', 'cancelled', 'refunded'],
  shipped: ['delivered'],
  delivered: ['refunded'],
};

/** What the emulator's orders look like against the same seed's untouched history. */
function moved(orders: readonly RawOrder[]) {
  const before = new Map(generateOrders({ count: 2000, seed: 4, anchor }).map((o, i) => [o.id, { o, i }]));
  return orders.flatMap((order) => {
    const was = before.get(order.id)!;
    return was.o.order_status === order.order_status
      ? []
      : [{ order, from: was.o.order_status, index: was.i }];
  });
}

describe('status changes (EMULATOR_STATUS_CHANGES)', () => {
  it('moves the given number of orders per second along their life, invoices consistent', () => {
    const { emulator, advance } = emulatorAt({ statusChanges: 5 });
    advance(20_000);
    const changes = moved(emulator.orders());
    // 100 changes; an order may move twice, so fewer orders than changes may differ.
    expect(changes.length).toBeGreaterThan(80);
    expect(changes.length).toBeLessThanOrEqual(100);
    for (const { order, from } of changes) {
      expect(LIFE[from]).toBeDefined();
      const invoices = order.invoices ?? [];
      if (['paid', 'processing', 'shipped', 'delivered'].includes(order.order_status))
        expect(invoices.at(-1)?.status).toBe('PAID');
      if (order.order_status === 'cancelled')
        expect(invoices.some((i) => i.status === 'PENDING')).toBe(false);
    }
    const paid = changes.find((c) => c.from === 'pending' && c.order.order_status === 'paid');
    expect(paid?.order.invoices?.at(-1)?.paid_at).toEqual(expect.any(String));
  });

  it('picks mostly among the newest orders, and some deep in the history', () => {
    const rng = new Rng(deriveSeed(4, 'picks'));
    const picks = Array.from({ length: 10_000 }, () => pickIndex(100_000, rng));
    expect(picks.filter((i) => i < 1000).length / picks.length).toBeGreaterThan(0.35);
    expect(picks.filter((i) => i >= 50_000).length / picks.length).toBeGreaterThan(0.05);
    const { emulator, advance } = emulatorAt({ statusChanges: 10 });
    advance(30_000);
    expect(moved(emulator.orders()).some((c) => c.index > 1000)).toBe(true);
  });

  it('is deterministic for a seed and a clock, and the summary follows every change', () => {
    const a = emulatorAt({ statusChanges: 3 });
    const b = emulatorAt({ statusChanges: 3 });
    a.advance(15_000);
    b.advance(15_000);
    expect(JSON.stringify(a.emulator.orders())).toBe(JSON.stringify(b.emulator.orders()));
    const { requests: _, maxPageSize: __, ...figures } = a.emulator.summary();
    expect(figures).toEqual(summarize(a.emulator.orders()));
  });

  it('moves orders on demand through the test-support route, and reports them', async () => {
    const server = await startEmulator({ count: 300, seed: 4, anchor, port: 0 });
    try {
      const res = await fetch(`${server.url}/__emulator/status-changes?count=7`, { method: 'POST' });
      const body = (await res.json()) as { changes: { id: string; from: string; to: string }[] };
      expect(body.changes).toHaveLength(7);
      for (const change of body.changes) expect(LIFE[change.from]).toContain(change.to);
      const summary = await (await fetch(`${server.url}/__emulator/summary`)).json();
      expect(summary.requests.total).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('deletions (EMULATOR_DELETIONS)', () => {
  it('takes the given number of orders a second out of the list, its pages and its summary', () => {
    const { emulator, advance } = emulatorAt({ deletions: 2 });
    const before = new Set(emulator.orders().map((o) => o.id));
    advance(10_000);
    const after = emulator.orders();
    expect(after).toHaveLength(1980);
    expect(after.every((o) => before.has(o.id))).toBe(true);
    const { requests: _, maxPageSize: __, ...figures } = emulator.summary();
    expect(figures).toEqual(summarize(after));
    const other = emulatorAt({ deletions: 2 });
    other.advance(10_000);
    expect(other.emulator.orders().map((o) => o.id)).toEqual(after.map((o) => o.id));
  });

  it('deletes orders on demand through the test-support route, and says which', async () => {
    const server = await startEmulator({ count: 300, seed: 4, anchor, port: 0, key: 'k' });
    try {
      const res = await fetch(`${server.url}/__emulator/deletions?count=3`, { method: 'POST' });
      const { deleted } = (await res.json()) as { deleted: string[] };
      expect(new Set(deleted).size).toBe(3);
      const page = await fetch(`${server.url}/api/orders?limit=100&page=3`, {
        headers: { authorization: 'Bearer k' },
      });
      const { data } = (await page.json()) as { data: { orders: { id: string }[] } };
      expect(data.orders).toHaveLength(97);
      const summary = await (await fetch(`${server.url}/__emulator/summary`)).json();
      expect(summary.count).toBe(297);
    } finally {
      await server.close();
    }
  });
});
