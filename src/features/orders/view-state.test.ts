import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, parseOrdersView, serializeOrdersView } from './view-state';

describe('orders view in the URL', () => {
  it('defaults to every status, newest first', () => {
    expect(parseOrdersView('')).toEqual({
      status: [],
      q: '',
      sort: DEFAULT_SORT,
      from: null,
      to: null,
      payment: [],
      order: null,
      queue: null,
    });
  });

  it('reads every field', () => {
    const view = parseOrdersView(
      '?status=pending,paid&q=0812&sort=-grand_total,order_number&from=2026-01-01&to=2026-01-31&order=abc',
    );
    expect(view).toMatchObject({
      status: ['pending', 'paid'],
      q: '0812',
      sort: [
        { id: 'grand_total', desc: true },
        { id: 'order_number', desc: false },
      ],
      from: '2026-01-01',
      to: '2026-01-31',
      order: 'abc',
    });
  });

  it('opens a known work queue and ignores unknown ones', () => {
    expect(parseOrdersView('?queue=attention&status=paid').queue).toBe('attention');
    expect(parseOrdersView('?queue=bogus').queue).toBeNull();
    expect(serializeOrdersView(parseOrdersView('?queue=attention&q=budi')).toString()).toBe(
      'q=budi&queue=attention',
    );
  });

  it('falls back to defaults for bad values instead of failing', () => {
    const view = parseOrdersView('?sort=%3Cscript%3E&from=2026-02-30&to=2026-13-45&status=,,');
    expect(view.sort).toEqual(DEFAULT_SORT);
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(view.status).toEqual([]);
  });

  it('round-trips and leaves defaults out of the URL', () => {
    expect(serializeOrdersView(parseOrdersView('')).toString()).toBe('');
    const search = '?status=pending&q=budi&sort=-grand_total&from=2026-01-01';
    expect(parseOrdersView(serializeOrdersView(parseOrdersView(search)).toString())).toEqual(
      parseOrdersView(search),
    );
  });

  it('keeps any status the upstream sends filterable: commas, percent signs, spaces, none, long ones', () => {
    const odd = ['paid,partial', '100% paid', ' paid ', '', 'x'.repeat(150), 'waiting payment'];
    const url = serializeOrdersView({
      ...parseOrdersView(''),
      status: odd,
      payment: ['cod,later'],
    }).toString();
    expect(parseOrdersView(`?${url}`)).toMatchObject({ status: odd, payment: ['cod,later'] });
    // Plain statuses stay readable and hand-written lists keep working.
    expect(serializeOrdersView({ ...parseOrdersView(''), status: ['paid', 'pending'] }).toString()).toBe(
      'status=paid%2Cpending',
    );
    expect(parseOrdersView('?status=paid, pending,waiting%20payment').status).toEqual([
      'paid',
      'pending',
      'waiting payment',
    ]);
  });
});
