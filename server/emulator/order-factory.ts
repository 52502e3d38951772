import { InvoiceMaker } from './invoices.ts';
import { makeDisplayName, makePhoneNumber } from './names.ts';
import { deriveSeed, Rng, weighted, type Weighted } from './prng.ts';
import { MICROS_PER_DAY, type OffsetMinutes, TextWriter } from './text-writer.ts';
import type { OrderStatus, RawContact, RawOrder } from './types.ts';

type Customer = { contact: RawContact; conversationId: string };

const statusTable = (p: number[]): Weighted<OrderStatus> =>
  weighted<OrderStatus>([
    ['pending', p[0] ?? 0],
    ['paid', p[1] ?? 0],
    ['processing', p[2] ?? 0],
    ['shipped', p[3] ?? 0],
    ['delivered', p[4] ?? 0],
    ['cancelled', p[5] ?? 0],
    ['refunded', p[6] ?? 0],
  ]);

// Status as of the anchor by the order's age: fresh orders are still moving, old ones have settled.
const STATUS_BY_AGE: ReadonlyArray<readonly [maxAgeDays: number, table: Weighted<OrderStatus>]> = [
  [1 / 24, statusTable([70, 20, 5, 0, 0, 5, 0])],
  [1, statusTable([38, 22, 20, 10, 2, 6, 2])],
  [4, statusTable([10, 8, 15, 35, 22, 8, 2])],
  [14, statusTable([4, 2, 4, 18, 62, 7, 3])],
];
const STATUS_BY_SETTLED = statusTable([1.5, 0.5, 0.5, 1, 89, 5, 2.5]);

const ITEM_COUNT = weighted([
  [1, 45],
  [2, 28],
  [3, 15],
  [4, 8],
  [5, 4],
]);
const PAYMENT_METHOD = weighted([
  ['xendit', 35],
  ['midtrans', 25],
  ['bank_transfer', 20],
  ['qris', 12],
  ['cod', 8],
]);
const FLAT_DISCOUNTS = [5000, 10000, 15000, 20000, 25000, 30000, 50000, 75000, 100000];
const MIN_PRICE = 15_000;
const MAX_SUBTOTAL = 2_500_000;
const LOG_PRICE_RANGE = Math.log(600_000 / MIN_PRICE);

export type OrderFactory = {
  /** Builds the next order (next order_number) created at `createdMicros`, with its status as of `anchorMicros`. */
  make(createdMicros: number, anchorMicros: number): RawOrder;
  readonly nextOrderNumber: number;
};

export function createOrderFactory(
  seed: number,
  customerCount: number,
  firstOrderNumber = 1001,
): OrderFactory {
  const rng = new Rng(deriveSeed(seed, 'orders'));
  const customers = makeCustomers(new Rng(deriveSeed(seed, 'customers')), Math.max(1, customerCount));
  const invoices = new InvoiceMaker(rng);
  const text = new TextWriter();
  let orderNumber = firstOrderNumber;

  function pickCustomer(): Customer {
    // Half the orders come from a steep Zipf-like head of regulars, half from anyone in the pool.
    const u = rng.float();
    const index = Math.floor(customers.length * (rng.chance(0.5) ? u ** 2.5 : u));
    return customers[index] as Customer;
  }

  function subtotal(): number {
    let sum = 0;
    for (let n = rng.pickWeighted(ITEM_COUNT); n > 0; n--) {
      const raw = MIN_PRICE * Math.exp(rng.float() * LOG_PRICE_RANGE);
      const step = rng.chance(0.8) ? 1000 : 500;
      const price = Math.round(raw / step) * step * (rng.chance(0.1) ? 2 : 1);
      if (sum + price > MAX_SUBTOTAL && sum > 0) break;
      sum += Math.min(price, MAX_SUBTOTAL);
    }
    return sum;
  }

  function discount(sub: number): number {
    if (!rng.chance(0.18)) return 0;
    const amount = rng.chance(0.7)
      ? rng.pick(FLAT_DISCOUNTS)
      : Math.floor((sub * rng.pick([0.05, 0.1, 0.15, 0.2])) / 1000) * 1000;
    return amount < sub ? amount : 0;
  }

  function make(createdMicros: number, anchorMicros: number): RawOrder {
    const ageDays = (anchorMicros - createdMicros) / MICROS_PER_DAY;
    const table = STATUS_BY_AGE.find(([max]) => ageDays < max)?.[1] ?? STATUS_BY_SETTLED;
    const status = rng.pickWeighted(table);
    const offset: OffsetMinutes = rng.chance(0.15) ? 420 : 0;
    const customer = pickCustomer();
    const sub = subtotal();
    const disc = discount(sub);
    const shipping = 9000 + 500 * Math.floor(174 * rng.float() ** 2.2);
    const grandTotal = sub - disc + shipping;
    const paymentMethod = rng.pickWeighted(PAYMENT_METHOD);
    const id = text.uuid(rng);
    const ctx = { status, createdMicros, anchorMicros, amount: grandTotal, paymentMethod, offset };
    return {
      id,
      order_number: orderNumber++,
      order_status: status,
      subtotal: sub,
      discount: disc,
      shipping_fee: shipping,
      grand_total: grandTotal,
      payment_type: rng.chance(0.03) ? 'installment' : 'one_time_payment',
      payment_method: paymentMethod,
      contact_id: customer.contact.id,
      contact: customer.contact,
      invoices: invoices.make(ctx),
      conversation_id: rng.chance(0.75) ? customer.conversationId : text.uuid(rng),
      created_at: text.timestamp(createdMicros, offset),
    };
  }

  return {
    make,
    get nextOrderNumber() {
      return orderNumber;
    },
  };
}

function makeCustomers(rng: Rng, count: number): Customer[] {
  const text = new TextWriter();
  const phones = new Set<string>();
  const customers: Customer[] = new Array<Customer>(count);
  for (let i = 0; i < count; i++) {
    let phone = makePhoneNumber(rng);
    while (phones.has(phone)) phone = makePhoneNumber(rng);
    phones.add(phone);
    const contact = { id: text.uuid(rng), display_name: makeDisplayName(rng), phone_number: phone };
    customers[i] = { contact, conversationId: text.uuid(rng) };
  }
  return customers;
}
