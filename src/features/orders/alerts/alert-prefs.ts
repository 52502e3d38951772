import { browserStore } from '@/lib/browser-store';

/** Which alerts this browser gives besides the tab title's count. */
export type AlertPrefs = { sound: boolean; notify: boolean };

export function readAlertPrefs(stored: unknown): AlertPrefs {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return { sound: record.sound === true, notify: record.notify === true };
}

export const alertPrefs = browserStore('orders-alerts:prefs', readAlertPrefs);
