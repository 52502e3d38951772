import { useEffect } from 'react';

/** Starts a lazy chunk's download at the first idle moment after the first paint, so a first click finds it. */
export function usePreloadWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => {
    const preload = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 10_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 3_000);
    return () => clearTimeout(timer);
  }, [load]);
}
