import { useSyncExternalStore } from 'react';

export type BrowserStore<T> = {
  get: () => T;
  set: (next: T) => void;
  subscribe: (onChange: () => void) => () => void;
  /** The value, re-rendering every reader (in this tab and others) when it changes. */
  use: () => T;
};

/**
 * One value kept in localStorage and shared by every component that reads it (unlike `useStoredState`, whose
 * copies are per component); `read` turns whatever is stored, or nothing, into a usable value.
 */
export function browserStore<T>(key: string, read: (stored: unknown) => T): BrowserStore<T> {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } | null = null;
  const rawValue = () => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const get = () => {
    const raw = rawValue();
    if (cached && cached.raw === raw) return cached.value;
    let parsed: unknown;
    try {
      parsed = raw === null ? undefined : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    cached = { raw, value: read(parsed) };
    return cached.value;
  };
  const set = (next: T) => {
    const raw = JSON.stringify(next);
    try {
      window.localStorage.setItem(key, raw);
      cached = { raw, value: next };
    } catch {
      // Private mode or a full quota: the value lasts for this visit only.
      cached = { raw: rawValue(), value: next };
    }
    listeners.forEach((notify) => notify());
  };
  const subscribe = (onChange: () => void) => {
    listeners.add(onChange);
    const onStorage = (event: StorageEvent) => event.key === key && onChange();
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  };
  return { get, set, subscribe, use: () => useSyncExternalStore(subscribe, get, get) };
}
