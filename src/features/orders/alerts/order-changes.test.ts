import { makeOrder } from '../model/fixtures';
import { baselineOf, mayBeep, orderArrivals, titleWithCount } from './order-changes';

const held = [
  makeOrder({ id: 'a', order_status: 'pending' }),
  makeOrder({ id: 'b', order_status: 'paid' }),
  makeOrder({ id: 'c', order_status: 'processing' }),
];

describe('order arrivals', () => {
  it('says nothing about the orders of a first sync', () => {
    expect(orderArrivals(null, held)).toEqual({ created: [], paid: [] });
  });

  it('finds new orders and orders that just turned paid', () => {
    const now = [
      makeOrder({ id: 'a', order_status: 'paid' }),
      makeOrder({ id: 'b', order_status: 'paid' }),
      makeOrder({ id: 'c', order_status: 'shipped' }),
      makeOrder({ id: 'd', order_status: 'pending' }),
      makeOrder({ id: 'e', order_status: 'paid' }),
    ];
    const { created, paid } = orderArrivals(baselineOf(held), now);
    expect(created.map((o) => o.id)).toEqual(['d', 'e']);
    expect(paid.map((o) => o.id)).toEqual(['a']);
  });

  it('is quiet when nothing new arrived', () => {
    expect(orderArrivals(baselineOf(held), held.slice(1))).toEqual({ created: [], paid: [] });
  });

  it('beeps at most once per gap', () => {
    expect(mayBeep(null, 1000, 5000)).toBe(true);
    expect(mayBeep(1000, 5999, 5000)).toBe(false);
    expect(mayBeep(1000, 6000, 5000)).toBe(true);
  });

  it('puts the unseen count in front of the tab title', () => {
    expect(titleWithCount('Cekat Orders', 0)).toBe('Cekat Orders');
    expect(titleWithCount('Cekat Orders', 3)).toBe('(3) Cekat Orders');
    expect(titleWithCount('Cekat Orders', 250)).toBe('(99+) Cekat Orders');
  });
});
