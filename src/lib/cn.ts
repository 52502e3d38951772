import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names. No conflict resolution (tailwind-merge cost 8 kB gzip of first-load JS): components
 * expose props such as `size` for what callers vary, and never pass two utilities for one property.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
