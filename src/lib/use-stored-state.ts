import { useCallback, useState } from 'react';

function read<T>(key: string, fallback: T, isValid: (v: unknown) => v is T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    return isValid(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}

/** UI-only preferences remembered on this device (not in the URL, since they are not part of a shared view). */
export function useStoredState<T>(key: string, fallback: T, isValid: (v: unknown) => v is T) {
  const [value, setValue] = useState(() => read(key, fallback, isValid));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Private mode or a full quota: the preference just lasts for this visit.
      }
    },
    [key],
  );
  return [value, set] as const;
}
