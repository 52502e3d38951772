import { memo } from 'react';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRupiah } from '@/lib/format';
import { formatShare } from '@/lib/format-compact';
import { cn } from '@/lib/cn';
import type { StatusFigures } from '../model/aggregate-orders';
import { statusInfo } from '../status';

type Props = {
  figures: readonly StatusFigures[];
  total: { count: number; revenue: number };
  selected: readonly string[];
  onToggle: (status: string) => void;
  className?: string;
};

/**
 * The `revenue-by-status` figures: exact counts and sums per status, and the charts' screen-reader alternative.
 * Only these rows carry data-count/data-revenue.
 */
export const RevenueFiguresTable = memo(function RevenueFiguresTable({
  figures,
  total,
  selected,
  onToggle,
  className,
}: Props) {
  const anySelected = selected.length > 0;
  return (
    <div className={cn('min-w-0 overflow-x-auto', className)}>
      <table data-testid="revenue-by-status" className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{t('figures.caption')}</caption>
        <thead>
          <tr className="border-b border-border text-left text-xs text-fg-muted">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              {t('column.status')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {t('orders.section')}
            </th>
            <th scope="col" className="hidden px-2 py-1.5 text-right font-medium sm:table-cell">
              {t('figures.share')}
            </th>
            <th scope="col" className="py-1.5 pl-2 text-right font-medium">
              {t('revenue.title')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const info = statusInfo(f.status);
            const isSelected = selected.includes(f.status);
            return (
              <tr
                key={f.status}
                data-status={f.status}
                data-count={f.count}
                data-revenue={f.revenue}
                className={cn(
                  'border-b border-border/60 last:border-b-0',
                  anySelected && !isSelected && 'text-fg-muted',
                  isSelected && 'bg-surface-3',
                )}
              >
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  <button
                    type="button"
                    aria-pressed={isSelected}
                    disabled={f.status === ''}
                    onClick={() => onToggle(f.status)}
                    title={`${info.description}. ${isSelected ? t('figures.remove_filter') : t('figures.add_filter')}`}
                    className="-mx-1 inline-flex max-w-full items-center gap-2 rounded px-1 py-0.5 text-left hover:bg-surface-3 focus-visible:outline-2 focus-visible:outline-accent disabled:cursor-default disabled:hover:bg-transparent"
                  >
                    <span
                      aria-hidden
                      className="size-2.5 shrink-0 rounded-sm"
                      style={{ background: info.color }}
                    />
                    <span className={cn('truncate', isSelected && 'font-semibold')}>{info.label}</span>
                  </button>
                </th>
                <td className="px-2 py-1 text-right">{formatInteger(f.count)}</td>
                <td className="hidden px-2 py-1 text-right text-fg-muted sm:table-cell">
                  {formatShare(f.count, total.count)}
                </td>
                <td className="py-1 pl-2 text-right whitespace-nowrap">{formatRupiah(f.revenue)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t border-border font-semibold">
            <th scope="row" className="py-1.5 pr-2 text-left">
              {t('figures.total')}
            </th>
            <td className="px-2 py-1.5 text-right">{formatInteger(total.count)}</td>
            <td className="hidden px-2 py-1.5 text-right text-fg-muted sm:table-cell">
              {total.count > 0 ? '100%' : '—'}
            </td>
            <td className="py-1.5 pl-2 text-right whitespace-nowrap">{formatRupiah(total.revenue)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
