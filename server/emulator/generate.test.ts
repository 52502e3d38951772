import { describe, expect, it } from 'vitest';
import { generateOrders } from './generate.ts';
import { ORDER_STATUSES, type RawOrder } from './types.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const orders = generateOrders({ count: 5000, seed: 7, anchor });
const CREATED_AT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d$/;
const instant = (iso: string) => Date.parse(iso);

describe('generateOrders', () => {
  it('is deterministic for a seed and anchor, and differs between seeds', () => {
    const again = generateOrders({ count: 5000, seed: 7, anchor });
    expect(JSON.stringify(again)).toBe(JSON.stringify(orders));
    const other = generateOrders({ count: 5000, seed: 8, anchor });
    expect(other[0]?.id).not.toBe(orders[0]?.id);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(orders));
  });

  it('lists newest first with sequential order numbers, oldest 1001', () => {
    for (let i = 1; i < orders.length; i++) {
      const [newer, older] = [orders[i - 1] as RawOrder, orders[i] as RawOrder];
      expect(instant(newer.created_at)).toBeGreaterThanOrEqual(instant(older.created_at));
      expect(newer.order_number).toBe(older.order_number + 1);
    }
    expect(orders.at(-1)?.order_number).toBe(1001);
  });

  it('spreads created_at over about two years before the anchor, busier lately, in the upstream format', () => {
    for (const order of orders) expect(order.created_at).toMatch(CREATED_AT);
    const ages = orders.map((o) => (anchor.getTime() - instant(o.created_at)) / 86_400_000);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeGreaterThan(650);
    expect(Math.max(...ages)).toBeLessThanOrEqual(731);
    const lastQuarter = ages.filter((a) => a < 91).length;
    const firstQuarter = ages.filter((a) => a > 730 - 91).length;
    expect(lastQuarter).toBeGreaterThan(firstQuarter * 2);
    expect(orders.some((o) => o.created_at.endsWith('+07:00'))).toBe(true);
  });

  it('keeps amounts whole rupiah with grand_total = subtotal - discount + shipping_fee', () => {
    for (const o of orders) {
      const [subtotal, discount, shipping, total] = [
        o.subtotal,
        o.discount,
        o.shipping_fee,
        o.grand_total,
      ] as number[];
      for (const n of [subtotal, discount, shipping, total]) expect(Number.isInteger(n)).toBe(true);
      expect(total).toBe(subtotal! - discount! + shipping!);
      expect(subtotal).toBeGreaterThanOrEqual(15_000);
      expect(subtotal).toBeLessThanOrEqual(2_500_000);
      expect(discount).toBeLessThan(subtotal!);
      expect(shipping! % 500).toBe(0);
      expect(shipping).toBeGreaterThanOrEqual(9_000);
      expect(shipping).toBeLessThanOrEqual(95_500);
    }
    expect(orders.filter((o) => o.discount === 0).length).toBeGreaterThan(orders.length * 0.7);
  });

  it('has every documented status, mostly delivered, fresher orders still in motion', () => {
    const byStatus = new Map<string, number>();
    for (const o of orders) byStatus.set(o.order_status, (byStatus.get(o.order_status) ?? 0) + 1);
    expect([...byStatus.keys()].sort()).toEqual([...ORDER_STATUSES].sort());
    expect(byStatus.get('delivered')).toBeGreaterThan(orders.length * 0.6);
    expect(byStatus.get('cancelled')! + byStatus.get('refunded')!).toBeLessThan(orders.length * 0.12);
    const newest = orders.slice(0, 50).filter((o) => o.order_status === 'delivered').length;
    expect(newest).toBeLessThan(25);
  });

  it('has Indonesian contacts with 62 numbers who come back for more orders', () => {
    const perContact = new Map<string, number>();
    for (const o of orders) {
      expect(o.contact_id).toBe(o.contact?.id);
      expect(o.contact?.phone_number).toMatch(/^628\d{9,11}$/);
      expect(o.contact?.display_name).toBeTruthy();
      perContact.set(o.contact_id!, (perContact.get(o.contact_id!) ?? 0) + 1);
    }
    const repeat = [...perContact.values()].filter((n) => n > 1).length;
    expect(repeat).toBeGreaterThan(perContact.size * 0.3);
    expect(Math.max(...perContact.values())).toBeGreaterThan(5);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    for (const o of orders.slice(0, 200))
      expect(o.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives 0–3 invoices consistent with the status', () => {
    const anchorMs = anchor.getTime();
    for (const o of orders) {
      const invoices = o.invoices ?? [];
      expect(invoices.length).toBeLessThanOrEqual(3);
      const last = invoices.at(-1);
      for (const inv of invoices) {
        expect(inv.amount).toBe(o.grand_total);
        expect(inv.currency).toBe('IDR');
        expect(inv.invoice_number).toMatch(/^INV\/\d{4}\/\d\d\/\d{6,}$/);
        expect(inv.invoice_url).toBe(`https://checkout.xendit.co/web/${inv.id}`);
        for (const at of [inv.created_at, inv.expiry_date, inv.paid_at ?? inv.created_at])
          expect(at).toMatch(CREATED_AT);
        expect(instant(inv.created_at)).toBeGreaterThanOrEqual(instant(o.created_at) - 1);
        expect(instant(inv.created_at)).toBeLessThanOrEqual(anchorMs);
        if (inv.status === 'EXPIRED') expect(instant(inv.expiry_date)).toBeLessThanOrEqual(anchorMs);
        if (inv.status === 'PENDING') expect(instant(inv.expiry_date)).toBeGreaterThan(anchorMs);
        if (inv !== last) expect(inv.status).toBe('EXPIRED');
      }
      if (o.order_status === 'pending') expect(['PENDING', 'EXPIRED']).toContain(last?.status);
      if (o.order_status === 'cancelled') expect(invoices.every((i) => i.status === 'EXPIRED')).toBe(true);
      if (['paid', 'processing', 'shipped', 'delivered'].includes(o.order_status)) {
        expect(last?.status).toBe('PAID');
        expect(instant(last!.paid_at!)).toBeLessThanOrEqual(anchorMs);
      }
      if (o.order_status === 'refunded') {
        expect(['PAID', 'REFUNDED']).toContain(last?.status);
        expect(last?.paid_at).toBeTruthy();
      }
    }
    const counts = new Set(orders.map((o) => o.invoices?.length));
    expect([...counts].sort()).toEqual([0, 1, 2, 3]);
  });

  it('generates 200,000 orders in a few seconds', () => {
    const started = performance.now();
    const big = generateOrders({ count: 200_000, seed: 1, anchor });
    const elapsed = performance.now() - started;
    console.info(`generateOrders(200000): ${elapsed.toFixed(0)} ms`);
    expect(big).toHaveLength(200_000);
    // A loose bound: CI machines are shared; the printed figure is the measurement.
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);
});
