import { describe, expect, it } from 'vitest';
import { AWKWARD_KINDS, type AwkwardKind, XSS_NAME_PREFIX, XSS_URL } from './awkward.ts';
import { generateOrders } from './generate.ts';
import { ORDER_STATUSES, type RawOrder } from './types.ts';

const anchor = new Date('2026-04-10T03:00:00Z');
const AMOUNTS = ['subtotal', 'discount', 'shipping_fee', 'grand_total'] as const;
const NULLABLE = [
  'discount',
  'shipping_fee',
  'grand_total',
  'payment_type',
  'payment_method',
  'conversation_id',
] as const;
const KNOWN_INVOICE_FIELDS = new Set([
  'id',
  'invoice_number',
  'status',
  'amount',
  'currency',
  'invoice_url',
  'created_at',
  'paid_at',
  'expiry_date',
  'payment_channel',
]);

/** What a reader of the data can see of each kind, independent of how the generator made it. */
const DETECT: Record<AwkwardKind, (o: RawOrder) => boolean> = {
  'null-fields': (o) => NULLABLE.some((f) => o[f] === null),
  'string-numbers': (o) => AMOUNTS.some((f) => typeof o[f] === 'string'),
  'unknown-status': (o) => !(ORDER_STATUSES as readonly string[]).includes(o.order_status),
  'missing-invoices': (o) => !('invoices' in o),
  'empty-display-name': (o) => o.contact?.display_name === '',
  'null-display-name': (o) => o.contact !== null && o.contact.display_name === null,
  'null-contact': (o) => o.contact === null,
  'html-display-name': (o) => o.contact?.display_name?.startsWith(XSS_NAME_PREFIX) ?? false,
  'javascript-invoice-url': (o) => (o.invoices ?? []).some((i) => i.invoice_url === XSS_URL),
  'extra-invoice-fields': (o) =>
    (o.invoices ?? []).some((i) => Object.keys(i).some((k) => !KNOWN_INVOICE_FIELDS.has(k))),
  'odd-invoice': (o) => (o.invoices ?? []).some((i) => !('amount' in i)),
};

const kindsOf = (o: RawOrder) => AWKWARD_KINDS.filter((kind) => DETECT[kind](o));

describe('awkward mode', () => {
  it('puts every kind among the newest 50 orders, even at a tiny fraction', () => {
    for (const [count, fraction] of [
      [50, 0.01],
      [5000, 0.2],
    ] as const) {
      const newest = generateOrders({ count, seed: 3, anchor, awkward: fraction }).slice(0, 50);
      for (const kind of AWKWARD_KINDS) expect(newest.some(DETECT[kind]), kind).toBe(true);
    }
  });

  it('makes about the asked fraction awkward and leaves the rest clean', () => {
    const clean = generateOrders({ count: 5000, seed: 3, anchor });
    const awkward = generateOrders({ count: 5000, seed: 3, anchor, awkward: 0.2 });
    expect(clean.filter((o) => kindsOf(o).length > 0)).toEqual([]);
    const changed = awkward.filter((o, i) => JSON.stringify(o) !== JSON.stringify(clean[i]));
    expect(changed.length).toBeGreaterThan(900);
    expect(changed.length).toBeLessThanOrEqual(1000);
    for (const o of changed) expect(kindsOf(o).length).toBeGreaterThan(0);
    expect(awkward.map((o) => o.id)).toEqual(clean.map((o) => o.id));
  });

  it('is deterministic and does not leak changes into shared contacts', () => {
    const a = generateOrders({ count: 2000, seed: 9, anchor, awkward: 0.5 });
    const b = generateOrders({ count: 2000, seed: 9, anchor, awkward: 0.5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const names = new Map<string, Set<string | null>>();
    for (const o of a) {
      if (!o.contact || kindsOf(o).some((k) => k.includes('display-name'))) continue;
      names.set(o.contact.id, (names.get(o.contact.id) ?? new Set()).add(o.contact.display_name));
    }
    for (const set of names.values()) expect(set.size).toBe(1);
  });

  it('uses strings that still parse as the same whole rupiah', () => {
    const orders = generateOrders({ count: 3000, seed: 5, anchor, awkward: 1 });
    const stringly = orders.filter((o) => typeof o.grand_total === 'string');
    expect(stringly.length).toBeGreaterThan(0);
    for (const o of stringly) expect(String(o.grand_total)).toMatch(/^\d+$/);
  });
});
