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

const list = (raw: string | null) =>
  raw === null
    ? []
    : [
        ...new Set(
          raw
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '' && s.length <= 64),
        ),
      ];

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
  if (view.status.length) params.set('status', view.status.join(','));
  if (view.q) params.set('q', view.q);
  const sort = serializeSort(view.sort);
  if (sort !== serializeSort(DEFAULT_SORT)) params.set('sort', sort);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.payment.length) params.set('payment', view.payment.join(','));
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
