import { useStoredState } from '@/lib/use-stored-state';
import type { Density } from '@/components/data-table/view-options-menu';

const isVisibility = (v: unknown): v is Record<string, boolean> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'boolean');
const isDensity = (v: unknown): v is Density => v === 'comfortable' || v === 'compact';

/** Column visibility and row density: this device's preferences, not part of a shared view. */
export function useTablePrefs() {
  const [columnVisibility, setColumnVisibility] = useStoredState('orders-table:columns', {}, isVisibility);
  const [density, setDensity] = useStoredState<Density>('orders-table:density', 'comfortable', isDensity);
  return { columnVisibility, setColumnVisibility, density, setDensity };
}
