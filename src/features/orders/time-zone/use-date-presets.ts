import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { datePresets, type DatePreset } from '../model/date-range';
import { useTickingNow } from '../sync/use-ticking-now';

/** The date filter's presets as the store's calendar counts them now; "today" moves on at the store's midnight. */
export function useDatePresets(): DatePreset[] {
  return datePresets(useTickingNow(true, 60_000), useStoreTimeZone());
}
