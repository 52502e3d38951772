import { useTickingNow } from '../sync/use-ticking-now';

/** One clock for every reader of the rules: ages move by the minute, so counts, queue and dots tick together. */
export function useAttentionClock(): number {
  return Math.floor(useTickingNow(true, 15_000) / 60e3) * 60e3;
}
