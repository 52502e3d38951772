const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the table row of an order (or the first focusable thing in it); false when the row is not rendered,
 * as a virtualised table may have scrolled it away, so the caller can fall back.
 */
export function focusOrderRow(id: string): boolean {
  const row = document.querySelector<HTMLElement>(
    `[data-testid="order-row"][data-order-id="${CSS.escape(id)}"]`,
  );
  if (!row) return false;
  const target = row.matches('[tabindex]') ? row : row.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus({ preventScroll: false });
  target.scrollIntoView({ block: 'nearest' });
  return document.activeElement === target;
}
