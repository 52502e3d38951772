import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs` while `active`, for countdowns and "synced 2 minutes ago". */
export function useTickingNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}

/** Calls `refresh` every `minutes` while the sync is idle; 0 turns it off. */
export function useAutoRefresh(minutes: number, idle: boolean, refresh: () => void): void {
  useEffect(() => {
    if (minutes <= 0 || !idle) return;
    const timer = setInterval(refresh, minutes * 60_000);
    return () => clearInterval(timer);
  }, [minutes, idle, refresh]);
}
