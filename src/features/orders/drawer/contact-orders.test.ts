import { describe, expect, it } from 'vitest';
import { contactHistory, contactKey } from './contact-orders';
import { testOrder } from './test-order';

const day = 24 * 3600e3;
const current = testOrder({ id: 'a', grand_total: 100000, createdAtMs: 10 * day });
const older = testOrder({ id: 'b', grand_total: 50000, createdAtMs: 5 * day, order_status: 'paid' });
const newer = testOrder({ id: 'c', grand_total: null, createdAtMs: 12 * day });
const stranger = testOrder({ id: 'd', contact_id: 'contact-2', contact: null, grand_total: 999 });

describe('contactHistory', () => {
  it('counts the contact orders and sums their grand totals, listing the others newest first', () => {
    const history = contactHistory([older, current, stranger, newer], current);
    expect(history?.count).toBe(3);
    expect(history?.lifetimeTotal).toBe(150000);
    expect(history?.others.map((o) => o.id)).toEqual(['c', 'b']);
  });

  it('counts the open order once even when the held list lacks it', () => {
    expect(contactHistory([older], current)).toMatchObject({ count: 2, lifetimeTotal: 150000 });
  });

  it('matches by contact_id even when the contact object is null', () => {
    const sameContact = testOrder({ id: 'e', contact: null });
    expect(contactHistory([current, sameContact], sameContact)?.others.map((o) => o.id)).toEqual(['a']);
  });

  it('gives null for an order without any contact id', () => {
    expect(contactHistory([current], testOrder({ contact_id: null, contact: null }))).toBeNull();
  });
});

describe('contactKey', () => {
  it('falls back to the embedded contact id', () => {
    expect(
      contactKey(testOrder({ contact_id: '', contact: { id: 'x', display_name: null, phone_number: null } })),
    ).toBe('x');
  });
});
