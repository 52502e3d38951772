import type { Order } from '../api/order-schema';
import { makeOrder } from '../model/fixtures';

/** The shared test order with the drawer tests' own ids and contact; override what the test is about. */
export function testOrder(overrides: Partial<Order> = {}): Order {
  return makeOrder({
    id: 'order-1',
    order_number: 1001,
    contact_id: 'contact-1',
    contact: { id: 'contact-1', display_name: 'Budi Santoso', phone_number: '6281234567890' },
    conversation_id: 'conv-1',
    ...overrides,
  });
}
