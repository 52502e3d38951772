import type { Order } from '../api/order-schema';

export type ContactHistory = {
  /** Every held order of the contact, this one included. */
  count: number;
  /** Sum of their grand totals as sent (every status); orders without a total add nothing. */
  lifetimeTotal: number;
  /** The contact's other orders, newest first. */
  others: Order[];
};

/** The contact an order belongs to: `contact_id`, or the embedded contact's id when that is all there is. */
export function contactKey(order: Order): string | null {
  return order.contact_id || order.contact?.id || null;
}

/** The contact's orders among those held; null when the order names no contact. */
export function contactHistory(orders: readonly Order[], order: Order): ContactHistory | null {
  const key = contactKey(order);
  if (key === null) return null;
  let count = 0;
  let lifetimeTotal = 0;
  const others: Order[] = [];
  for (const candidate of orders) {
    if (candidate.id === order.id || contactKey(candidate) !== key) continue;
    count++;
    lifetimeTotal += candidate.grand_total ?? 0;
    others.push(candidate);
  }
  // The order itself counts once, from the copy on screen.
  count++;
  lifetimeTotal += order.grand_total ?? 0;
  others.sort((a, b) => (b.createdAtMs ?? -Infinity) - (a.createdAtMs ?? -Infinity));
  return { count, lifetimeTotal, others };
}
