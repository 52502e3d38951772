import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFloor } from './floor-sync';

const TOTAL = 250;
let server: Server;
let url = '';
const pagesAsked: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://x').searchParams;
    const limit = Number(params.get('limit'));
    const page = Number(params.get('page'));
    pagesAsked.push(page);
    const from = (page - 1) * limit;
    const orders = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - from)) }, (_, i) => ({
      id: `o${from + i}`,
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ message: 'success', data: { orders } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchFloor', () => {
  it('pages until the short page and counts every order once', async () => {
    const floor = await fetchFloor(url, 2);
    expect(floor.orders).toBe(TOTAL);
    expect(floor.bytes).toBeGreaterThan(TOTAL * 10);
    expect(floor.firstPageMs).toBeLessThanOrEqual(floor.allMs);
    // Three pages hold the orders; concurrent workers may ask for one more before they learn where the end is.
    expect(floor.requests).toBeGreaterThanOrEqual(3);
    expect(floor.requests).toBeLessThanOrEqual(4);
    expect(new Set(pagesAsked)).toEqual(new Set(pagesAsked.filter((p) => p <= 4)));
  });
});
