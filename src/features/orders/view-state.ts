import { useCallback, useMemo } from 'react';
import { useSearchParams, type NavigateOptions } from '@/lib/search-params';

export type SortKey = { id: string; desc: boolean };

/** Everything that defines what the orders view shows; lives in the URL so a link reproduces it. */
export type OrdersView = {
  status: string[];
  q: string;
  sort: SortKey[];
  from: string | null;
  to: string | null;
  payment: string[];
  order: string | null;
  /** A work queue shown above the table (`?queue=attention`); the filters above still apply to it. */
  queue: OrdersQueue | null;
};

export const ORDERS_QUEUES = ['attention'] as const;
export type OrdersQueue = (typeof ORDERS_QUEUES)[number];

export const DEFAULT_SORT: SortKey[] = [{ id: 'created_at', desc: true }];

/** A real calendar day as `YYYY-MM-DD` (`2026-02-30` is refused, not rolled over into March), else null. */
function calendarDay(s: string | null): string | null {
  if (s === null || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(y!, m! - 1, d!);
  return date.getFullYear() === y && date.getMonth() === m! - 1 && date.getDate() === d ? s : null;
}

/**
 * One value of a comma-separated list, written so that it reads back as itself: `%` and `,` escaped, and
 * spaces at its ends (which a typed "paid, pending" drops); the empty value (no status at all) is a lone `%`.
 */
function escapeItem(value: string): string {
  if (value === '') return '%';
  const escaped = value.replace(/[%,]/g, (c) => (c === '%' ? '%25' : '%2C'));
  return escaped.replace(/^\s+|\s+$/g, (spaces) => encodeURIComponent(spaces));
}

function unescapeItem(token: string): string | null {
  const item = token.trim();
  if (item === '') return null;
  if (item === '%') return '';
  if (!item.includes('%')) return item;
  try {
    return decodeURIComponent(item);
  } catch {
    return item;
  }
}

const MAX_ITEM = 200;

const list = (raw: string | null): string[] =>
  raw === null
    ? []
    : [
        ...new Set(
          raw
            .split(',')
            .map(unescapeItem)
            .filter((s): s is string => s !== null && s.length <= MAX_ITEM),
        ),
      ];

const serializeList = (values: string[]) => values.map(escapeItem).join(',');

function parseSort(raw: string | null): SortKey[] {
  if (raw === null) return DEFAULT_SORT;
  const keys = list(raw)
    .filter((token) => /^-?[a-z_][a-z0-9_.]{0,40}$/i.test(token))
    .map((token) =>
      token.startsWith('-') ? { id: token.slice(1), desc: true } : { id: token, desc: false },
    );
  const unique = keys.filter((key, i) => keys.findIndex((k) => k.id === key.id) === i);
  return unique.length > 0 ? unique : DEFAULT_SORT;
}

/** Bad values fall back to the default for that field, never to a blank page. */
export function parseOrdersView(search: string): OrdersView {
  const params = new URLSearchParams(search);
  const order = params.get('order');
  const queue = ORDERS_QUEUES.find((name) => name === params.get('queue')) ?? null;
  return {
    status: list(params.get('status')),
    q: (params.get('q') ?? '').slice(0, 200),
    sort: parseSort(params.get('sort')),
    from: calendarDay(params.get('from')),
    to: calendarDay(params.get('to')),
    payment: list(params.get('payment')),
    order: order && order.length <= 200 ? order : null,
    queue,
  };
}

export function serializeSort(sort: SortKey[]): string {
  return sort.map((k) => `${k.desc ? '-' : ''}${k.id}`).join(',');
}

/** Only non-default values are written, so the default view has a clean URL. */
export function serializeOrdersView(view: OrdersView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status.length) params.set('status', serializeList(view.status));
  if (view.q) params.set('q', view.q);
  const sort = serializeSort(view.sort);
  if (sort !== serializeSort(DEFAULT_SORT)) params.set('sort', sort);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.payment.length) params.set('payment', serializeList(view.payment));
  if (view.order) params.set('order', view.order);
  if (view.queue) params.set('queue', view.queue);
  return params;
}

export type SetOrdersView = (
  update: Partial<OrdersView> | ((current: OrdersView) => Partial<OrdersView>),
  options?: NavigateOptions,
) => void;

/** The orders view from the URL, and a setter that merges a partial update into it. */
export function useOrdersView(): [OrdersView, SetOrdersView] {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => parseOrdersView(search), [search]);
  const setView = useCallback<SetOrdersView>(
    (update, options) => {
      const current = parseOrdersView(window.location.search);
      const patch = typeof update === 'function' ? update(current) : update;
      setSearch(serializeOrdersView({ ...current, ...patch }), options);
    },
    [setSearch],
  );
  return [view, setView];
}
