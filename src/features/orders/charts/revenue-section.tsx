import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { lazy, Suspense, useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { formatInteger } from '@/lib/format';
import { statusInfo } from '../status';
import { HeadlineFigures } from './headline-figures';
import { RevenueFiguresTable } from './revenue-figures-table';
import { useRevenueFigures } from './use-revenue-figures';
import { useStoredState } from '@/lib/use-stored-state';

const NARROW_SCREEN =
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 639px)').matches === true;

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

const RevenueCharts = lazy(() => import('./revenue-charts'));

const CARD_HEIGHT = 'min-h-[262px]';

function ChartsFallback() {
  return (
    <>
      {['revenue', 'count', 'time'].map((name) => (
        <div
          key={name}
          aria-hidden
          className={cn(CARD_HEIGHT, 'animate-pulse rounded-md border border-border bg-surface-2')}
        />
      ))}
    </>
  );
}

/** Revenue by status: headline figures, charts (lazy-loaded) and the exact figures table. */
export function RevenueSection() {
  const figures = useRevenueFigures();
  // On a phone the table is what most people came for: charts start folded there (headline stays visible).
  const [collapsed, setCollapsed] = useStoredState('cekat.revenue.collapsed', NARROW_SCREEN, isBoolean);
  const { aggregate, headline, selected, syncStatus, heldCount } = figures;
  const waiting = heldCount === 0 && syncStatus === 'loading';
  // Nothing could be loaded: no figures at all, rather than zeros that read as a shop with no sales.
  const unloaded = heldCount === 0 && syncStatus === 'error';
  const empty = aggregate.count === 0;
  const total = useMemo(() => ({ count: aggregate.count, revenue: aggregate.revenue }), [aggregate]);

  return (
    <section
      aria-labelledby="revenue-title"
      aria-busy={syncStatus === 'loading'}
      className="rounded-lg border border-border bg-surface p-3 sm:p-4"
    >
      <header className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <h2 id="revenue-title" className="text-base font-semibold">
            {t('revenue.title')}
          </h2>
          <p className="text-xs text-fg-muted">
            {waiting
              ? t('sync.loading')
              : unloaded
                ? t('revenue.unloaded')
                : `${t(figures.filtered ? 'revenue.scope_filtered' : 'revenue.scope_all', { count: aggregate.count, n: formatInteger(aggregate.count) })}${syncStatus === 'loading' ? ` · ${t('revenue.still_loading')}` : ''}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {selected.length > 0 && (
            <Button size="sm" variant="ghost" onClick={figures.clearStatuses}>
              <X aria-hidden className="size-3.5" />
              {t('revenue.status_filter', { statuses: selected.map((s) => statusInfo(s).label).join(', ') })}
              <span className="sr-only">({t('revenue.clear_status')})</span>
            </Button>
          )}
          {!unloaded && (
            <Button
              size="sm"
              aria-expanded={!collapsed}
              aria-controls="revenue-details"
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? (
                <ChevronDown aria-hidden className="size-4" />
              ) : (
                <ChevronUp aria-hidden className="size-4" />
              )}
              {collapsed ? t('revenue.show_charts') : t('revenue.hide_charts')}
            </Button>
          )}
        </div>
      </header>

      {waiting ? (
        <div aria-hidden className="grid grid-cols-2 gap-2 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-[74px] animate-pulse rounded-md bg-surface-2" />
          ))}
        </div>
      ) : unloaded ? null : (
        <HeadlineFigures headline={headline} />
      )}

      <div id="revenue-details" hidden={collapsed || waiting || unloaded} className="mt-3">
        {empty ? (
          <div className="rounded-md border border-dashed border-border px-4 py-8 text-center text-sm text-fg-muted">
            {heldCount === 0 ? t('revenue.empty') : t('revenue.no_match')}
          </div>
        ) : (
          <div className="grid gap-3 lg:grid-cols-2 xl:grid-cols-[minmax(0,0.9fr)_minmax(0,0.85fr)_minmax(0,0.95fr)_minmax(0,1.45fr)]">
            <Suspense fallback={<ChartsFallback />}>
              {!collapsed && (
                <RevenueCharts
                  aggregate={aggregate}
                  series={figures.series}
                  selected={selected}
                  onToggle={figures.toggleStatus}
                />
              )}
            </Suspense>
            <div className={cn('min-w-0 rounded-md border border-border bg-surface p-3')}>
              <h3 className="mb-2 text-sm font-medium">{t('revenue.exact')}</h3>
              <RevenueFiguresTable
                figures={aggregate.byStatus}
                total={total}
                selected={selected}
                onToggle={figures.toggleStatus}
              />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
