import { makeOrder } from '../model/fixtures';
import { csvFileName, ordersToCsv } from './orders-csv';

describe('ordersToCsv', () => {
  it('writes the rows in order with the chosen columns, amounts as numbers', () => {
    const rows = [
      makeOrder({
        id: 'x',
        order_number: 2,
        grand_total: -500,
        contact: { id: null, display_name: '=cmd()', phone_number: '628' },
      }),
      makeOrder({ id: 'y', order_number: 1, grand_total: null, contact: null }),
    ];
    const text = ordersToCsv(rows, ['order_number', 'customer', 'grand_total'], 'labels', 'Asia/Jakarta');
    expect(text.slice(1).split('\r\n')).toEqual([
      'Order id,Order,Customer,Phone,Grand total',
      "x,2,'=cmd(),628,-500",
      'y,1,,,',
      '',
    ]);
  });

  it("writes times on the store's clock under column names, and the API's own text under field names", () => {
    vi.stubEnv('TZ', 'America/New_York');
    try {
      // 00:30 on 9 April in Jakarta is still 8 April on the device: month-end must count it on the 9th.
      const rows = [
        makeOrder({
          id: 'x',
          created_at: '2026-04-08T17:30:00+00:00',
          createdAtMs: Date.parse('2026-04-08T17:30:00Z'),
        }),
      ];
      expect(ordersToCsv(rows, ['created_at'], 'labels', 'Asia/Jakarta').slice(1).split('\r\n')).toEqual([
        'Order id,Created (WIB)',
        'x,2026-04-09 00:30:00',
        '',
      ]);
      expect(ordersToCsv(rows, ['created_at'], 'fields', 'Asia/Jakarta').slice(1).split('\r\n')).toEqual([
        'id,created_at',
        'x,2026-04-08T17:30:00+00:00',
        '',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("names the file with the store's date and time", () => {
    const now = Date.parse('2026-04-08T17:05:00Z');
    expect(csvFileName(now, 'Asia/Jakarta')).toBe('orders-2026-04-09-0005.csv');
    expect(csvFileName(now, 'Asia/Jayapura')).toBe('orders-2026-04-09-0205.csv');
  });
});
