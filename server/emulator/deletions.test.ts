import { describe, expect, it } from 'vitest';
import { createEmulator } from './emulator.ts';
import type { EmulatorOptions } from './options.ts';
import { startEmulator } from './server.ts';
import { summarize } from './summary.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const START = anchor.getTime();

function emulatorAt(options: Partial<EmulatorOptions>) {
  let now = START;
  const emulator = createEmulator({ count: 2000, seed: 4, anchor, now: () => now, ...options });
  return { emulator, advance: (ms: number) => (now += ms) };
}

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
