import { useStoredState } from '@/lib/use-stored-state';
import type { Density } from '@/components/data-table/view-options-menu';

const isVisibility = (v: unknown): v is Record<string, boolean> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'boolean');
const isDensity = (v: unknown): v is Density => v === 'comfortable' || v === 'compact';

/**
 * Discount and shipping start hidden: with them the table is 1,520 px wide and a 1,440 px screen hid the
 * invoices column off to the side; the drawer's breakdown shows both, and "View" brings them back.
 */
const DEFAULT_VISIBILITY: Record<string, boolean> = { discount: false, shipping_fee: false };

/** Column visibility and row density: this device's preferences, not part of a shared view. */
export function useTablePrefs() {
  const [columnVisibility, setColumnVisibility] = useStoredState(
    'orders-table:columns',
    DEFAULT_VISIBILITY,
    isVisibility,
  );
  const [density, setDensity] = useStoredState<Density>('orders-table:density', 'comfortable', isDensity);
  return { columnVisibility, setColumnVisibility, density, setDensity };
}
