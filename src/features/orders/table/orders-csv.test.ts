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
    const text = ordersToCsv(rows, ['order_number', 'customer', 'grand_total']);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Order id,Order,Customer,Phone,Grand total',
      "x,2,'=cmd(),628,-500",
      'y,1,,,',
      '',
    ]);
  });

  it('names the file with the date', () => {
    expect(csvFileName(new Date(2026, 3, 8, 9, 5))).toBe('orders-2026-04-08-0905.csv');
  });
});
