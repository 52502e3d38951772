import { DEFAULT_THRESHOLDS, selectAttention } from '../attention/attention-rules';
import { filterOrders } from '../model/filter-orders';
import { makeOrder } from '../model/fixtures';
import { ordersIndex } from '../model/orders-index';
import { parseOrdersView } from '../view-state';
import { moveView, readSavedViews, removeView, renameView, saveView, viewSearch } from './saved-views';
import { countViews } from './view-counts';

describe('saved views', () => {
  it('round-trips through storage, in canonical form and without the open order', () => {
    let views = saveView([], ' Budi unpaid ', '?q=budi&status=pending&order=abc', 'v1');
    views = saveView(views, 'Big', '?sort=-grand_total', 'v2');
    expect(views).toEqual([
      { id: 'v1', name: 'Budi unpaid', search: 'status=pending&q=budi' },
      { id: 'v2', name: 'Big', search: 'sort=-grand_total' },
    ]);
    expect(readSavedViews(JSON.parse(JSON.stringify(views)))).toEqual(views);
  });

  it('renames, reorders and removes', () => {
    const views = [
      { id: 'a', name: 'A', search: '' },
      { id: 'b', name: 'B', search: 'status=paid' },
      { id: 'c', name: 'C', search: 'queue=attention' },
    ];
    expect(renameView(views, 'b', 'Bee')[1]!.name).toBe('Bee');
    expect(moveView(views, 'c', -1).map((v) => v.id)).toEqual(['a', 'c', 'b']);
    expect(moveView(views, 'a', -1).map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(removeView(views, 'a').map((v) => v.id)).toEqual(['b', 'c']);
  });

  it('drops malformed or duplicate stored entries', () => {
    expect(readSavedViews('nope')).toEqual([]);
    expect(
      readSavedViews([
        { id: 'a', name: 'A', search: 'status=paid' },
        { id: 'a', name: 'again', search: '' },
        { id: 1 },
      ]),
    ).toEqual([{ id: 'a', name: 'A', search: 'status=paid' }]);
    expect(viewSearch('?queue=bogus&status=paid')).toBe('status=paid');
  });

  it('counts what each view shows, the queue under every filter but status', () => {
    const now = Date.parse('2026-04-10T00:00:00Z');
    const orders = [
      makeOrder({ id: 'p-old', order_status: 'pending', createdAtMs: now - 48 * 3600e3 }),
      makeOrder({ id: 'p-new', order_status: 'pending', createdAtMs: now - 3600e3 }),
      makeOrder({ id: 'paid', order_status: 'paid', createdAtMs: now - 3600e3 }),
    ];
    const clock = { now, thresholds: DEFAULT_THRESHOLDS, timeZone: 'Asia/Jakarta' };
    const count = (search: string) => countViews(ordersIndex(orders), [parseOrdersView(search)], clock)[0];
    expect(count('status=pending')).toBe(2);
    expect(count('status=paid')).toBe(1);
    expect(count('queue=attention')).toBe(1);
    expect(count('queue=attention&status=paid')).toBe(1);
    expect(count('')).toBe(3);
  });

  it('counts several views in one pass exactly as the table and the queue show each of them', () => {
    const now = Date.parse('2026-04-10T00:00:00Z');
    const statuses = ['pending', 'paid', 'processing', 'shipped', 'delivered', 'cancelled'];
    const orders = Array.from({ length: 120 }, (_, i) =>
      makeOrder({
        id: `o${i}`,
        order_number: 1000 + i,
        order_status: statuses[i % statuses.length]!,
        payment_method: i % 3 === 0 ? 'qris' : 'bank_transfer',
        createdAtMs: i % 17 === 0 ? null : now - i * 7 * 3600e3,
      }),
    );
    const clock = { now, thresholds: DEFAULT_THRESHOLDS, timeZone: 'Asia/Jakarta' };
    const searches = [
      '',
      'status=paid',
      'status=pending,shipped&payment=qris',
      'queue=attention',
      'queue=attention&status=paid&from=2026-04-01',
      'q=101',
      'from=2026-03-20&to=2026-04-05',
    ];
    const views = searches.map(parseOrdersView);
    const index = ordersIndex(orders);
    const shown = views.map((view) =>
      view.queue === 'attention'
        ? selectAttention(
            filterOrders(orders, view, clock.timeZone, { ignoreStatus: true }),
            now,
            DEFAULT_THRESHOLDS,
          ).items.length
        : filterOrders(orders, view, clock.timeZone).length,
    );
    expect(countViews(index, views, clock)).toEqual(shown);
    expect(views.map((view) => countViews(index, [view], clock)[0])).toEqual(shown);
    // The fixture tells the views apart, so a view counted with another's rules would show.
    expect(new Set(shown).size).toBe(shown.length);
  });
});
