import { useDeferredValue } from 'react';

/**
 * While `active` (a sync streaming in), `value` reaches the caller in a background render, after the urgent
 * ones have painted; once inactive, at once, so figures agree with a `done` sync the moment it shows.
 */
export function useDeferredWhile<T>(value: T, active: boolean): T {
  const deferred = useDeferredValue(value);
  return active ? deferred : value;
}
