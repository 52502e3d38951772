import { t } from '@/i18n/i18n';
import { GroupedCount } from '@/components/ui/grouped-count';
import { cn } from '@/lib/cn';
import type { StatusFacet } from '../model/select-orders';
import { statusInfo } from '../status';
import type { SetOrdersView } from '../view-state';

const chip =
  'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

/** Multi-select status chips with counts under the other filters; none selected means every status. */
export function StatusFilter({
  facets,
  selected,
  setView,
}: {
  facets: readonly StatusFacet[];
  /** From the URL as it is now, so a chip shows pressed before the counts catch up. */
  selected: readonly string[];
  setView: SetOrdersView;
}) {
  const any = selected.length > 0;
  const toggle = (status: string) =>
    setView((v) => ({
      status: v.status.includes(status) ? v.status.filter((s) => s !== status) : [...v.status, status],
    }));
  return (
    <div role="group" aria-label={t('filters.status')} className="flex flex-wrap gap-1.5">
      <button
        type="button"
        aria-pressed={!any}
        onClick={() => setView({ status: [] })}
        className={cn(
          chip,
          !any ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface hover:bg-surface-3',
        )}
      >
        {t('filters.all_statuses')}
      </button>
      {facets.map((facet) => {
        const f = { ...facet, selected: selected.includes(facet.status) };
        const info = statusInfo(f.status);
        return (
          <button
            key={f.status}
            type="button"
            data-testid={`status-filter-${f.status}`}
            aria-pressed={f.selected}
            onClick={() => toggle(f.status)}
            className={cn(
              chip,
              f.selected
                ? 'border-current bg-surface-3 font-medium'
                : 'border-border bg-surface hover:bg-surface-3',
            )}
            style={f.selected ? { color: info.color } : undefined}
          >
            <span aria-hidden className="size-2 rounded-full" style={{ background: info.color }} />
            <span className={f.selected ? 'text-fg' : undefined}>{info.label}</span>{' '}
            <span className={cn('tabular text-xs', f.selected ? 'text-fg' : 'text-fg-muted')}>
              <GroupedCount value={f.count} />
            </span>
          </button>
        );
      })}
    </div>
  );
}
