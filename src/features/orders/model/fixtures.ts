import type { Order } from '../api/order-schema';

/** A plausible order for unit tests, with any field overridden. */
export function makeOrder(patch: Partial<Order> = {}): Order {
  return {
    id: 'id-1',
    order_number: 2292,
    order_status: 'pending',
    subtotal: 178000,
    discount: 0,
    shipping_fee: 95500,
    grand_total: 273500,
    payment_type: 'one_time_payment',
    payment_method: 'xendit',
    contact_id: 'c1',
    contact: { id: 'c1', display_name: 'Zoë Siregar', phone_number: '6281234567890' },
    invoices: [],
    conversation_id: null,
    created_at: '2026-04-08T09:29:07.444755+00:00',
    createdAtMs: Date.parse('2026-04-08T09:29:07.444Z'),
    ...patch,
  };
}
