import { useEffect, useState } from 'react';

/**
 * While `active`, a value that changes often is passed on at most every `everyMs` (a change after a quiet
 * spell at once, the latest one at the end of each wait); while not active, the value is passed on as is.
 */
export function useThrottledValue<T>(value: T, active: boolean, everyMs: number): T {
  const [shown, setShown] = useState(() => ({ value, at: 0 }));
  useEffect(() => {
    if (shown.value === value) return;
    const wait = active ? shown.at + everyMs - Date.now() : 0;
    const timer = setTimeout(
      () => setShown({ value, at: active ? Date.now() : shown.at }),
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [value, active, everyMs, shown]);
  return active ? shown.value : value;
}
