import { useEffect, useRef } from 'react';
import { useDeferredWhile } from '@/lib/use-deferred-while';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRupiah } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { useSyncSettings } from '../sync/sync-settings';
import { useOrders } from '../sync/use-orders';
import { alertPrefs } from './alert-prefs';
import { beep } from './beep';
import { baselineOf, mayBeep, orderArrivals, titleWithCount, type OrdersBaseline } from './order-changes';

const BEEP_GAP_MS = 5000;
const COUNT_PREFIX = /^\(\d+\+?\) /;

const baseTitle = () => document.title.replace(COUNT_PREFIX, '');

/** "2 new orders · 1 paid" / "2 pesanan baru · 1 dibayar". */
function arrivalsText(created: number, paid: number): string {
  const parts: string[] = [];
  if (created > 0) parts.push(t('alerts.created', { count: created, n: formatInteger(created) }));
  if (paid > 0) parts.push(t('alerts.paid', { n: formatInteger(paid) }));
  return parts.join(' · ');
}

function notify(created: Order[], paid: Order[]): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const first = created[0] ?? paid[0];
  try {
    new Notification(arrivalsText(created.length, paid.length), {
      body: first ? `#${first.order_number ?? '?'} · ${formatRupiah(first.grand_total)}` : undefined,
      tag: 'cekat-orders-arrivals',
      icon: '/favicon.svg',
    });
  } catch {
    // Some mobile browsers only notify through a service worker: the title and the sound still tell.
  }
}

/**
 * Tells staff when orders arrive or get paid after the page's first completed sync: a count in the tab title
 * (until they look at the tab), and, if they chose so, a sound and a browser notification. It watches whatever
 * `useOrders()` holds, so live updates alert the same way a Refresh does.
 */
export function useOrderAlerts(): void {
  const { orders: held, status } = useOrders();
  // While the sync streams, compared after each batch has painted the table and the drawer.
  const orders = useDeferredWhile(held, status === 'loading');
  const { sinceDays } = useSyncSettings();
  const baseline = useRef<{ orders: OrdersBaseline; sinceDays: number | null } | null>(null);
  const unseen = useRef(0);
  const lastBeep = useRef<number | null>(null);

  useEffect(() => {
    // No orders (local data cleared) or another "since" window: the next completed sync is a first one again.
    if (orders.length === 0 || baseline.current?.sinceDays !== sinceDays) baseline.current = null;
    if (baseline.current === null) {
      if (status === 'done' && orders.length > 0)
        baseline.current = { orders: baselineOf(orders), sinceDays };
      return;
    }
    const { created, paid } = orderArrivals(baseline.current.orders, orders);
    if (created.length === 0 && paid.length === 0) return;
    baseline.current = { orders: baselineOf(orders), sinceDays };
    unseen.current += created.length + paid.length;
    document.title = titleWithCount(baseTitle(), unseen.current);
    const now = Date.now();
    const prefs = alertPrefs.get();
    if (prefs.sound && mayBeep(lastBeep.current, now, BEEP_GAP_MS)) {
      lastBeep.current = now;
      beep();
    }
    if (prefs.notify) notify(created, paid);
  }, [orders, status, sinceDays]);

  useEffect(() => {
    const seen = () => {
      if (document.visibilityState !== 'visible' || unseen.current === 0) return;
      unseen.current = 0;
      document.title = baseTitle();
    };
    const events = ['focus', 'pointerdown', 'keydown'] as const;
    events.forEach((name) => window.addEventListener(name, seen));
    document.addEventListener('visibilitychange', seen);
    return () => {
      events.forEach((name) => window.removeEventListener(name, seen));
      document.removeEventListener('visibilitychange', seen);
    };
  }, []);
}
