import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrders, type RawOrder } from './generate.ts';
import { startEmulator } from './server.ts';
import { summarize } from './summary.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const COUNT = 1234;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
const auth = () => ({ Authorization: `Bearer ${emulator.key}` });
const get = (path: string, headers: Record<string, string> = auth()) =>
  fetch(`${emulator.url}${path}`, { headers });
const ordersOf = async (res: Response) =>
  ((await res.json()) as { data: { orders: RawOrder[] } }).data.orders;

beforeAll(async () => {
  emulator = await startEmulator({ count: COUNT, seed: 5, anchor, port: 0, maxPageSize: 100 });
});
afterAll(() => emulator.close());

describe('GET /api/orders', () => {
  it('answers in exactly the documented envelope', async () => {
    const res = await get('/api/orders?limit=3&page=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['message', 'data']);
    expect(body.message).toBe('success');
    expect(Object.keys(body.data as object)).toEqual(['orders']);
    const [first] = (body.data as { orders: RawOrder[] }).orders;
    expect(Object.keys(first!)).toEqual([
      'id',
      'order_number',
      'order_status',
      'subtotal',
      'discount',
      'shipping_fee',
      'grand_total',
      'payment_type',
      'payment_method',
      'contact_id',
      'contact',
      'invoices',
      'conversation_id',
      'created_at',
    ]);
    expect(first).toEqual(generateOrders({ count: COUNT, seed: 5, anchor })[0]);
  });

  it('pages newest first over every order exactly once, then returns an empty page', async () => {
    const seen: RawOrder[] = [];
    for (let page = 1; ; page++) {
      const orders = await ordersOf(await get(`/api/orders?limit=100&page=${page}`));
      if (orders.length === 0) break;
      expect(orders.length).toBe(page <= 12 ? 100 : 34);
      seen.push(...orders);
    }
    expect(seen.map((o) => o.id)).toEqual(emulator.emulator.orders().map((o) => o.id));
    expect(new Set(seen.map((o) => o.id)).size).toBe(COUNT);
    expect(seen.map((o) => o.order_number)).toEqual(seen.map((_, i) => 1000 + COUNT - i));
    expect(await (await get('/api/orders?limit=100&page=99')).json()).toEqual({
      message: 'success',
      data: { orders: [] },
    });
  });

  it('defaults limit to 10 and page to 1, and caps limit at maxPageSize', async () => {
    const all = emulator.emulator.orders();
    expect((await ordersOf(await get('/api/orders'))).map((o) => o.id)).toEqual(
      all.slice(0, 10).map((o) => o.id),
    );
    const capped = await ordersOf(await get('/api/orders?limit=500&page=2'));
    expect(capped.map((o) => o.id)).toEqual(all.slice(100, 200).map((o) => o.id));
  });

  it.each(['limit=0', 'limit=-1', 'limit=abc', 'limit=2.5', 'limit=', 'page=0', 'page=x', 'page=1e3'])(
    'rejects %s with a 400 in the error shape',
    async (query) => {
      const res = await get(`/api/orders?${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { message: string } };
      expect(body).toEqual({ success: false, status_code: 400, error: { message: expect.any(String) } });
      expect(body.error.message).toMatch(query.startsWith('limit') ? /limit/ : /page/);
    },
  );
});

describe('auth and routing', () => {
  const notAuthenticated = { success: false, status_code: 401, error: { message: 'Not authenticated' } };

  it.each([
    ['no key', {}],
    ['a wrong Bearer key', { Authorization: 'Bearer nope' }],
    ['a wrong api_key', { api_key: 'nope' }],
    ['the key without Bearer', { Authorization: 'emulator-local-key' }],
  ])('answers %s with 401', async (_, headers) => {
    const res = await get('/api/orders', headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(notAuthenticated);
  });

  it('accepts the key as Bearer or as api_key', async () => {
    expect((await get('/api/orders', { Authorization: `Bearer ${emulator.key}` })).status).toBe(200);
    expect((await get('/api/orders', { authorization: `bearer ${emulator.key}` })).status).toBe(200);
    expect((await get('/api/orders', { api_key: emulator.key })).status).toBe(200);
  });

  it('answers other paths with 404 and other methods with 405, in the error shape', async () => {
    const missing = await get('/api/customers');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      success: false,
      status_code: 404,
      error: { message: 'Not found' },
    });
    const post = await fetch(`${emulator.url}/api/orders`, { method: 'POST', headers: auth(), body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(await post.json()).toMatchObject({ success: false, status_code: 405 });
  });

  it('serves one order by id (emulator extension) and 404s an unknown id', async () => {
    const target = emulator.emulator.orders()[500]!;
    expect(await (await get(`/api/orders/${target.id}`)).json()).toEqual({
      message: 'success',
      data: { order: target },
    });
    const res = await get('/api/orders/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ success: false, status_code: 404 });
  });
});

describe('test-support endpoints', () => {
  it('summarises the data exactly and counts requests by outcome', async () => {
    await fetch(`${emulator.url}/__emulator/reset-stats`, { method: 'POST' });
    await get('/api/orders');
    await get('/api/orders', {});
    await get('/api/orders?limit=x');
    const summary = (await (await fetch(`${emulator.url}/__emulator/summary`)).json()) as Record<
      string,
      unknown
    >;
    const expected = summarize(generateOrders({ count: COUNT, seed: 5, anchor }));
    expect(summary).toEqual({
      ...expected,
      maxPageSize: 100,
      requests: { total: 3, ok: 1, rateLimited: 0, failed: 0, unauthorized: 1 },
    });
  });

  it('serves a 100-order page in a few milliseconds', async () => {
    const started = performance.now();
    for (let page = 1; page <= 12; page++)
      await (await get(`/api/orders?limit=100&page=${page}`)).arrayBuffer();
    const perPage = (performance.now() - started) / 12;
    console.info(`one 100-order page over HTTP: ${perPage.toFixed(2)} ms`);
    expect(perPage).toBeLessThan(50);
  });
});
