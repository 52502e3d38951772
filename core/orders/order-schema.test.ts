import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { parseOrdersPage } from './order-schema.ts';

const documented = {
  id: '3f0c6a7e-1b7d-4c8e-9a51-2d6f8e0b4c11',
  order_number: 2292,
  order_status: 'pending',
  subtotal: 178000,
  discount: 0,
  shipping_fee: 95500,
  grand_total: 273500,
  payment_type: 'one_time_payment',
  payment_method: 'xendit',
  contact_id: '9a2b',
  contact: { id: '9a2b', display_name: 'Customer Name', phone_number: '6281578326419' },
  conversation_id: '5c1d',
  created_at: '2026-04-08T09:29:07.444755+00:00',
};

const envelope = (orders: unknown[]) => ({ message: 'success', data: { orders } });

describe('parseOrdersPage', () => {
  it('reads the documented example as is', () => {
    const { orders, entries } = parseOrdersPage(envelope([documented]));
    expect(entries).toBe(1);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ ...documented, invoices: null });
    expect(orders[0]!.createdAtMs).toBe(Date.parse('2026-04-08T09:29:07.444Z'));
  });

  it('reads created_at to the same instant on every device: no offset is UTC, epoch numbers are epochs', () => {
    // A device east of UTC would read an offset-less time in its own zone, seven hours early.
    vi.stubEnv('TZ', 'Asia/Jakarta');
    try {
      const sent = [
        '2026-04-08T09:29:07.444755',
        '2026-04-08 09:29:07.444',
        '2026-04-08T09:29:07.444Z',
        '2026-04-08T16:29:07.444+07:00',
        1775640547444,
        '1775640547.444',
        1775640547.444,
      ];
      const { orders } = parseOrdersPage(
        envelope(sent.map((created_at, i) => ({ id: `o${i}`, created_at }))),
      );
      const instant = Date.parse('2026-04-08T09:29:07.444Z');
      expect(orders.map((o) => o.createdAtMs)).toEqual(sent.map(() => instant));
      const odd = parseOrdersPage(
        envelope([
          { id: 'x', created_at: 'yesterday' },
          { id: 'y', created_at: '' },
        ]),
      );
      expect(odd.orders.map((o) => o.createdAtMs)).toEqual([null, null]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('coerces numeric strings and keeps unreadable amounts as null rather than zero', () => {
    const [order] = parseOrdersPage(
      envelope([
        { ...documented, grand_total: '273500', subtotal: ' 178000 ', discount: null, shipping_fee: 'n/a' },
      ]),
    ).orders;
    expect(order).toMatchObject({
      grand_total: 273500,
      subtotal: 178000,
      discount: null,
      shipping_fee: null,
    });
  });

  it('keeps unknown statuses, null contacts, odd invoices and unknown fields', () => {
    const [order] = parseOrdersPage(
      envelope([
        {
          ...documented,
          order_status: 'on_hold',
          contact: null,
          invoices: [{ id: 'i1' }, 'weird', null],
          extra: 1,
        },
      ]),
    ).orders;
    expect(order!.order_status).toBe('on_hold');
    expect(order!.contact).toBeNull();
    expect(order!.invoices).toEqual([{ id: 'i1' }, { value: 'weird' }, { value: null }]);
    expect((order as unknown as Record<string, unknown>).extra).toBe(1);
  });

  it('keeps unknown fields named like built-ins, and never takes a __proto__ from the body', () => {
    const body = JSON.parse(
      `{"data":{"orders":[{"id":"a","toString":"x","constructor":2,"__proto__":{"polluted":true}}]}}`,
    ) as unknown;
    const [order] = parseOrdersPage(body).orders as unknown as Record<string, unknown>[];
    expect(order).toMatchObject({ id: 'a', toString: 'x', constructor: 2 });
    expect(Object.getPrototypeOf(order)).toBe(Object.prototype);
    expect(Object.hasOwn(order!, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never drops an order for missing fields: a missing id gets a stable stand-in', () => {
    const { orders } = parseOrdersPage(envelope([{ order_number: 7 }, {}]), '3');
    expect(orders.map((o) => o.id)).toEqual(['no-id:#7', 'no-id:3:1']);
    // With no number either, what never changes in its life keys it, wherever it lands and whatever its status.
    const unnumbered = { created_at: '2026-04-08T09:00:00Z', contact_id: 'c-1', order_status: 'pending' };
    const before = parseOrdersPage(envelope([unnumbered]), '1').orders[0]!;
    const after = parseOrdersPage(envelope([{}, { ...unnumbered, order_status: 'paid' }]), '2').orders[1]!;
    expect(after.id).toBe(before.id);
    expect(parseOrdersPage(envelope([{ ...unnumbered, contact_id: 'c-2' }])).orders[0]!.id).not.toBe(
      before.id,
    );
    // Without a creation time, two orders of one contact would share a key: their places tell them apart.
    const undated = parseOrdersPage(envelope([{ contact_id: 'c-1' }, { contact_id: 'c-1' }]), '4').orders;
    expect(undated.map((o) => o.id)).toEqual(['no-id:4:0', 'no-id:4:1']);
    expect(orders[1]).toMatchObject({
      order_status: '',
      grand_total: null,
      contact: null,
      createdAtMs: null,
    });
  });

  it('counts entries that are not objects instead of hiding them', () => {
    const { orders, entries } = parseOrdersPage(envelope([documented, null, 42]));
    expect(orders).toHaveLength(1);
    expect(entries).toBe(3);
  });

  it('rejects a body that is not an orders envelope with a clear error', () => {
    for (const body of [
      null,
      'hello',
      { message: 'success' },
      { data: null },
      { data: [] },
      { data: { orders: {} } },
      [],
    ]) {
      expect(() => parseOrdersPage(body)).toThrow(ApiError);
    }
    // A list under another name is not read as an empty shop.
    expect(() => parseOrdersPage({ data: { items: [documented] } })).toThrow(/not with a list of orders/);
  });

  it('reads orders sent as null, or left out of an empty data, as an empty page', () => {
    for (const data of [{ orders: null }, {}, { total: 0 }]) {
      expect(parseOrdersPage({ message: 'success', data })).toEqual({ orders: [], raw: [], entries: 0 });
    }
  });

  it("reads Cekat's error envelope sent with a 200 as the error it names", () => {
    const refused = { success: false, status_code: 401, error: { message: 'Not authenticated' } };
    expect(() => parseOrdersPage(refused)).toThrow(
      expect.objectContaining({ kind: 'http', status: 401, message: 'Not authenticated' }),
    );
  });
});
