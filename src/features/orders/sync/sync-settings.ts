import { useSyncExternalStore } from 'react';

/** How far back to hold orders (days), or null for the whole history. */
export type SinceDays = 30 | 90 | 365 | null;
export const SINCE_OPTIONS: readonly SinceDays[] = [30, 90, 365, null];
/** Minutes between automatic refreshes; 0 is off (the default: requests are a budget). */
export const AUTO_REFRESH_OPTIONS = [0, 5, 15, 60] as const;

export type SyncSettings = { sinceDays: SinceDays; autoRefreshMinutes: number };

const KEY = 'cekat-orders:sync-settings';
const DEFAULTS: SyncSettings = { sinceDays: null, autoRefreshMinutes: 0 };
const DAY = 24 * 3600e3;

/** Reads stored settings, falling back to defaults on anything unexpected. */
export function parseSettings(raw: string | null): SyncSettings {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<SyncSettings>;
    return {
      sinceDays: SINCE_OPTIONS.includes(value.sinceDays ?? null) ? (value.sinceDays ?? null) : null,
      autoRefreshMinutes: (AUTO_REFRESH_OPTIONS as readonly number[]).includes(value.autoRefreshMinutes ?? 0)
        ? (value.autoRefreshMinutes ?? 0)
        : 0,
    };
  } catch {
    return DEFAULTS;
  }
}

/** The oldest created_at the window keeps (start of that day, local time), or null for everything. */
export function sinceCutoff(days: SinceDays, now: number = Date.now()): number | null {
  if (days === null) return null;
  const start = new Date(now - days * DAY);
  start.setHours(0, 0, 0, 0);
  return start.getTime();
}

const listeners = new Set<() => void>();
let current: SyncSettings | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function getSyncSettings(): SyncSettings {
  current ??= parseSettings(storage()?.getItem(KEY) ?? null);
  return current;
}

export function updateSyncSettings(patch: Partial<SyncSettings>): void {
  current = { ...getSyncSettings(), ...patch };
  storage()?.setItem(KEY, JSON.stringify(current));
  listeners.forEach((listener) => listener());
}

export function subscribeSyncSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sync settings are this browser's preferences, not part of a shared view, so they live outside the URL. */
export function useSyncSettings(): SyncSettings {
  return useSyncExternalStore(subscribeSyncSettings, getSyncSettings, getSyncSettings);
}
