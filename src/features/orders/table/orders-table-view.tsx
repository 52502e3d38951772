import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ViewOptionsButton } from '@/components/data-table/view-options-button';
import { Button } from '@/components/ui/button';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRupiah } from '@/lib/format';
import { useMediaQuery } from '@/lib/use-media-query';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import { attentionThresholds } from '../attention/use-attention';
import { useAttentionClock } from '../attention/use-attention-clock';
import { parseSearch } from '../model/search';
import { paymentOptions } from '../model/select-orders';
import { useOrdersSelection } from '../model/use-orders-selection';
import { ALWAYS_VISIBLE, ORDER_COLUMNS } from '../order-columns';
import { serializeOrdersView } from '../view-state';
import { CellContext, type CellContextValue } from './cell-context';
import { DateFilter } from './date-filter';
import { ExportTrigger } from './export-trigger';
import { OrderCards } from './order-cards';
import { OrdersTable } from './orders-table';
import { PaymentFilter } from './payment-filter';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { StatusFilter } from './status-filter';
import { NoMatch, NoOrders, TableSkeleton } from './table-states';
import { useTablePrefs } from './table-prefs';

// The menus' code (Radix menu, focus and positioning) loads just after the first paint; their triggers show meanwhile.
const ViewOptionsMenu = lazy(() => import('@/components/data-table/view-options-menu'));
const ExportButton = lazy(() => import('./export-button'));

/** The orders table with its toolbar (filters, search, summary). */
export function OrdersTableView() {
  const { data, view, setView, rows, facets, totalGrandTotal } = useOrdersSelection();
  const prefs = useTablePrefs();
  const now = useAttentionClock();
  const timeZone = useStoreTimeZone();
  const thresholds = attentionThresholds.use();
  // One of the two is rendered, so the `orders-table` landmark is never doubled.
  const phone = useMediaQuery('(max-width: 639px)');
  const payments = useMemo(() => paymentOptions(data.orders), [data.orders]);
  const filtered =
    view.status.length > 0 ||
    view.q !== '' ||
    view.from !== null ||
    view.to !== null ||
    view.payment.length > 0;
  const clearFilters = useCallback(
    () => setView({ status: [], q: '', from: null, to: null, payment: [] }),
    [setView],
  );
  const open = useCallback((id: string) => setView({ order: id }), [setView]);
  const base = serializeOrdersView({ ...view, order: null }).toString();
  const query = useMemo(() => parseSearch(view.q), [view.q]);
  const cells = useMemo<CellContextValue>(
    () => ({
      query,
      now,
      timeZone,
      thresholds,
      open,
      hrefFor: (id) => {
        const params = new URLSearchParams(base);
        params.set('order', id);
        return `?${params.toString().replace(/%2C/g, ',')}`;
      },
    }),
    [query, base, now, timeZone, thresholds, open],
  );
  const visibleIds = ORDER_COLUMNS.flatMap((c) => (prefs.columnVisibility[c.id] !== false ? [c.id] : []));

  const body =
    data.orders.length === 0 ? (
      data.status === 'loading' ? (
        <TableSkeleton />
      ) : (
        <NoOrders failed={data.status === 'error'} />
      )
    ) : rows.length === 0 ? (
      <NoMatch onClear={clearFilters} />
    ) : (
      <CellContext value={cells}>
        {phone ? (
          <OrderCards rows={rows} openId={view.order} />
        ) : (
          <OrdersTable
            rows={rows}
            sort={view.sort}
            openId={view.order}
            setView={setView}
            columnVisibility={prefs.columnVisibility}
            density={prefs.density}
          />
        )}
      </CellContext>
    );

  return (
    <section
      aria-label={t('orders.section')}
      className="flex min-w-0 flex-col rounded-lg border border-border bg-surface"
    >
      <div className="flex flex-col gap-2 border-b border-border p-3">
        <div className="flex flex-wrap items-center gap-2">
          <SearchBox q={view.q} setView={setView} />
          <PaymentFilter options={payments} payment={view.payment} setView={setView} />
          <div className="ml-auto flex items-center gap-2">
            {phone && <SortSelect sort={view.sort} setView={setView} />}
            {!phone && (
              <Suspense fallback={<ViewOptionsButton />}>
                <ViewOptionsMenu
                  columns={ORDER_COLUMNS.map((c) => ({
                    id: c.id,
                    label: t(c.label),
                    checked: prefs.columnVisibility[c.id] !== false,
                    disabled: c.id === ALWAYS_VISIBLE,
                  }))}
                  onToggleColumn={(id, visible) =>
                    prefs.setColumnVisibility({ ...prefs.columnVisibility, [id]: visible })
                  }
                  density={prefs.density}
                  onDensity={prefs.setDensity}
                />
              </Suspense>
            )}
            <Suspense fallback={<ExportTrigger disabled={rows.length === 0} />}>
              <ExportButton rows={rows} columnIds={visibleIds} />
            </Suspense>
          </div>
        </div>
        <StatusFilter facets={facets} selected={view.status} setView={setView} />
        <DateFilter from={view.from} to={view.to} setView={setView} />
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <p data-testid="orders-visible-count" data-count={rows.length} aria-live="polite">
            <span className="tabular font-medium">{formatInteger(rows.length)}</span>{' '}
            {t('orders.noun', { count: rows.length })}
            {filtered && <span className="text-fg-muted"> {t('orders.match')}</span>}
            <span className="text-fg-muted"> · {t('orders.grand_total')} </span>
            <span className="tabular font-medium">{formatRupiah(totalGrandTotal)}</span>
          </p>
          {filtered && (
            <Button variant="ghost" size="sm" onClick={clearFilters}>
              {t('filters.clear')}
            </Button>
          )}
        </div>
      </div>
      {body}
    </section>
  );
}
