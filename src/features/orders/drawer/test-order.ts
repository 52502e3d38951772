import type { Order } from '../api/order-schema';

/** A complete, ordinary order for unit tests; override what the test is about. */
export function testOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'order-1',
    order_number: 1001,
    order_status: 'pending',
    subtotal: 178000,
    discount: 0,
    shipping_fee: 95500,
    grand_total: 273500,
    payment_type: 'one_time_payment',
    payment_method: 'xendit',
    contact_id: 'contact-1',
    contact: { id: 'contact-1', display_name: 'Budi Santoso', phone_number: '6281234567890' },
    invoices: [],
    conversation_id: 'conv-1',
    created_at: '2026-04-08T09:29:07.444755+00:00',
    createdAtMs: Date.parse('2026-04-08T09:29:07.444Z'),
    ...overrides,
  };
}
