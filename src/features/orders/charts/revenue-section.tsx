/** Revenue by status: headline figures, charts (lazy-loaded) and the exact figures table. */
export function RevenueSection() {
  return null;
}
