import { memo, type ReactNode } from 'react';
import { formatInteger } from '@/lib/format';
import type { OrdersAggregate } from '../model/aggregate-orders';
import type { RevenueOverTime } from '../model/revenue-over-time';
import { t } from '@/i18n/i18n';
import { unitName } from './bucket-labels';
import { RevenueTimeChart } from './revenue-time-chart';
import { CHART_HEIGHT } from './chart-theme';
import { StatusBarChart, statusChartHeight } from './status-bar-chart';

export type RevenueChartsProps = {
  aggregate: OrdersAggregate;
  series: RevenueOverTime;
  selected: readonly string[];
  onToggle: (status: string) => void;
};

type CardProps = { title: string; note?: ReactNode; minHeight: number; children: ReactNode };

/** The chart fills whatever height the grid row gives the card, and never less than it needs. */
function ChartCard({ title, note, minHeight, children }: CardProps) {
  return (
    <figure className="flex min-w-0 flex-col rounded-md border border-border bg-surface p-3">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-x-2 text-sm font-medium">
        {title}
        {note && <span className="text-xs font-normal text-fg-muted">{note}</span>}
      </figcaption>
      <div className="relative flex-1" style={{ minHeight }}>
        <div className="absolute inset-0">{children}</div>
      </div>
    </figure>
  );
}

/** The Recharts half of the revenue section, loaded on its own so Recharts stays out of the first bundle. */
function RevenueCharts({ aggregate, series, selected, onToggle }: RevenueChartsProps) {
  const total = { count: aggregate.count, revenue: aggregate.revenue };
  const statusHeight = statusChartHeight(aggregate.byStatus.length);
  const undated = aggregate.undated > 0 ? t('chart.undated', { n: formatInteger(aggregate.undated) }) : null;
  return (
    <>
      <ChartCard
        title={t('chart.revenue_by_status')}
        note={t('chart.click_to_filter')}
        minHeight={statusHeight}
      >
        <StatusBarChart
          metric="revenue"
          figures={aggregate.byStatus}
          total={total}
          selected={selected}
          onToggle={onToggle}
        />
      </ChartCard>
      <ChartCard title={t('chart.orders_by_status')} note={t('chart.count_share')} minHeight={statusHeight}>
        <StatusBarChart
          metric="count"
          figures={aggregate.byStatus}
          total={total}
          selected={selected}
          onToggle={onToggle}
        />
      </ChartCard>
      <ChartCard
        title={t('chart.revenue_over_time')}
        note={undated ?? unitName(series.unit)}
        minHeight={CHART_HEIGHT}
      >
        <RevenueTimeChart series={series} selected={selected} onToggle={onToggle} />
      </ChartCard>
    </>
  );
}

/** Memoised: a sort, search keystroke or opened order leaves the figures alone, so Recharts does no work. */
export default memo(RevenueCharts);
