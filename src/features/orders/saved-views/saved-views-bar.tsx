import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { formatInteger } from '@/lib/format';
import { navigateSearch, useSearchParams } from '@/lib/search-params';
import { BUILT_IN_VIEWS, viewSearch } from './saved-views';
import { SavedViewsManager } from './saved-views-manager';
import { useSavedViews } from './saved-views-store';
import { useViewCounts } from './use-view-counts';
import { isPlainClick } from '@/lib/plain-click';

/** One-click views: the built-in daily jobs and the staff's own, each a link to its URL with a live count. */
export function SavedViewsBar() {
  const [search] = useSearchParams();
  const own = useSavedViews();
  const views = [
    ...BUILT_IN_VIEWS.map((v) => ({ id: v.id, name: t(v.label), search: v.search })),
    ...own.views,
  ];
  const counts = useViewCounts(views.map((v) => v.search));
  const current = viewSearch(search);
  return (
    <nav aria-label={t('saved_views.bar')} className="flex items-center gap-2">
      <ul className="flex min-w-0 flex-1 gap-1.5 overflow-x-auto pb-0.5">
        {views.map((view) => {
          const on = view.search === current;
          return (
            <li key={view.id} className="shrink-0">
              <a
                href={`?${view.search}`}
                aria-current={on ? 'page' : undefined}
                data-view-id={view.id}
                data-count={counts.get(view.search) ?? 0}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  navigateSearch(new URLSearchParams(view.search));
                }}
                className={cn(
                  'inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-sm whitespace-nowrap',
                  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
                  on
                    ? 'border-accent bg-accent text-accent-fg'
                    : 'border-border bg-surface hover:bg-surface-3',
                )}
              >
                {view.name}
                <span className="tabular font-medium">{formatInteger(counts.get(view.search) ?? 0)}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <SavedViewsManager own={own} current={current} />
    </nav>
  );
}
