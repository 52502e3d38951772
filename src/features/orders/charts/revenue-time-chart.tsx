import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { t } from '@/i18n/i18n';
import { formatRupiah } from '@/lib/format';
import { formatCompactRupiah } from '@/lib/format-compact';
import type { RevenueOverTime, TimeBucket } from '../model/revenue-over-time';
import { statusInfo } from '../status';
import { bucketAxisLabel, bucketTitle } from './bucket-labels';
import { AXIS_TICK, CURSOR_FILL, GRID_STROKE, markOpacity } from './chart-theme';
import { ChartTooltipBox, TooltipRow } from './chart-tooltip';

type Row = { label: string; title: string; bucket: TimeBucket };

type Props = { series: RevenueOverTime; selected: readonly string[]; onToggle: (status: string) => void };

function TimeTooltip({ active, payload, statuses }: TooltipContentProps & { statuses: readonly string[] }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={row.title}>
      {statuses
        .filter((s) => row.bucket.byStatus.has(s))
        .map((s) => (
          <TooltipRow
            key={s}
            color={statusInfo(s).color}
            label={statusInfo(s).label}
            value={formatRupiah(row.bucket.byStatus.get(s))}
          />
        ))}
      <div className="mt-1 border-t border-border pt-1">
        <TooltipRow label={t('figures.total')} value={formatRupiah(row.bucket.total)} />
      </div>
    </ChartTooltipBox>
  );
}

/** Revenue per day, week or month, stacked by status in lifecycle order. */
export function RevenueTimeChart({ series, selected, onToggle }: Props) {
  const rows: Row[] = series.buckets.map((bucket) => ({
    label: bucketAxisLabel(bucket.start, series.unit, series.timeZone),
    title: bucketTitle(bucket.start, bucket.end, series.unit, series.timeZone),
    bucket,
  }));
  const last = series.statuses.length - 1;
  return (
    <BarChart
      data={rows}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="label" tick={AXIS_TICK} stroke={GRID_STROKE} minTickGap={12} />
      <YAxis
        width={72}
        tick={AXIS_TICK}
        stroke={GRID_STROKE}
        tickFormatter={(v: number) => formatCompactRupiah(v)}
      />
      <Tooltip
        content={(props) => <TimeTooltip {...props} statuses={series.statuses} />}
        cursor={{ fill: CURSOR_FILL }}
        isAnimationActive={false}
      />
      {series.statuses.map((status, i) => {
        const info = statusInfo(status);
        return (
          <Bar
            key={status}
            stackId="revenue"
            name={info.label}
            dataKey={(row: Row) => row.bucket.byStatus.get(status) ?? 0}
            fill={info.color}
            fillOpacity={markOpacity(status, selected)}
            radius={i === last ? [3, 3, 0, 0] : 0}
            isAnimationActive={false}
            cursor="pointer"
            onClick={() => onToggle(status)}
          />
        );
      })}
    </BarChart>
  );
}
