/** Statuses an order never leaves on its own (a refund of a delivered order is caught by the sweep). */
const FINAL_STATUSES: ReadonlySet<string> = new Set(['delivered', 'cancelled', 'refunded']);

/** An order that can still move on soon: pending, paid, processing, shipped, and any status we do not know. */
export function isOpenStatus(status: string): boolean {
  return !FINAL_STATUSES.has(status);
}
