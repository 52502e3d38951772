import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps, TooltipContentProps } from 'recharts';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRupiah } from '@/lib/format';
import { formatCompactRupiah, formatShare } from '@/lib/format-compact';
import type { StatusFigures } from '../model/aggregate-orders';
import { statusInfo } from '../status';
import { AXIS_TICK, CHART_HEIGHT, CURSOR_FILL, GRID_STROKE, markOpacity } from './chart-theme';
import { ChartTooltipBox, TooltipRow } from './chart-tooltip';

export type StatusMetric = 'revenue' | 'count';

type Row = StatusFigures & { label: string; color: string; countShare: string; revenueShare: string };

type Props = {
  metric: StatusMetric;
  figures: readonly StatusFigures[];
  total: { count: number; revenue: number };
  selected: readonly string[];
  onToggle: (status: string) => void;
};

function StatusTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={row.label}>
      <TooltipRow label={t('revenue.title')} value={formatRupiah(row.revenue)} />
      <TooltipRow label={t('chart.revenue_share')} value={row.revenueShare} />
      <TooltipRow label={t('orders.section')} value={formatInteger(row.count)} />
      <TooltipRow label={t('chart.orders_share')} value={row.countShare} />
    </ChartTooltipBox>
  );
}

export const statusChartHeight = (statuses: number) => Math.max(CHART_HEIGHT, statuses * 26 + 24);

/** One horizontal bar per status, in lifecycle order; a click on its band toggles it in the table's filter. */
export function StatusBarChart({ metric, figures, total, selected, onToggle }: Props) {
  const rows: Row[] = figures.map((f) => {
    const info = statusInfo(f.status);
    return {
      ...f,
      label: info.label,
      color: info.color,
      countShare: formatShare(f.count, total.count),
      revenueShare: formatShare(f.revenue, total.revenue),
    };
  });
  const label = (row: Row) =>
    metric === 'revenue'
      ? formatCompactRupiah(row.revenue)
      : `${formatInteger(row.count)} · ${row.countShare}`;

  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: metric === 'revenue' ? 76 : 100, bottom: 4, left: 4 }}
      className="cursor-pointer"
      // The whole band toggles its status, so a sliver of a bar is as easy to hit as a long one.
      onClick={(state, event) => {
        if ((event.target as Element).closest('.recharts-bar-rectangle')) return;
        const row = rows[Number(state.activeTooltipIndex)];
        if (state.isTooltipActive && row) onToggle(row.status);
      }}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis
        type="number"
        dataKey={metric}
        tick={AXIS_TICK}
        tickFormatter={(v: number) => (metric === 'revenue' ? formatCompactRupiah(v) : formatInteger(v))}
        stroke={GRID_STROKE}
      />
      <YAxis type="category" dataKey="label" width={92} tick={AXIS_TICK} stroke={GRID_STROKE} interval={0} />
      <Tooltip content={StatusTooltip} cursor={{ fill: CURSOR_FILL }} isAnimationActive={false} />
      <Bar
        dataKey={metric}
        name={metric === 'revenue' ? t('revenue.title') : t('orders.section')}
        isAnimationActive={false}
        minPointSize={2}
        // A tap lands here without the hover that the band click above relies on.
        onClick={(item) => onToggle((item.payload as Row).status)}
        shape={(props: BarShapeProps) => {
          const row = props.payload as Row;
          const isSelected = selected.includes(row.status);
          return (
            <Rectangle
              {...props}
              data-status={row.status}
              fill={row.color}
              fillOpacity={markOpacity(row.status, selected)}
              stroke={isSelected ? 'var(--fg)' : 'none'}
              strokeWidth={isSelected ? 1.5 : 0}
              radius={[0, 3, 3, 0]}
            />
          );
        }}
      >
        <LabelList
          position="right"
          valueAccessor={(entry) => label(entry.payload as Row)}
          style={{ fill: 'var(--fg)', fontSize: 12 }}
        />
      </Bar>
    </BarChart>
  );
}
