import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { StoreZoneNote } from '../time-zone/store-zone-note';
import { useDatePresets } from '../time-zone/use-date-presets';
import type { SetOrdersView } from '../view-state';
import { DayInput } from './day-input';

/** From/to days (inclusive, in the store's zone) with one-click presets. */
export function DateFilter({
  from,
  to,
  setView,
}: {
  from: string | null;
  to: string | null;
  setView: SetOrdersView;
}) {
  const presets = useDatePresets();
  return (
    <div role="group" aria-label={t('dates.group')} className="flex flex-wrap items-center gap-1.5">
      <DayInput label={t('dates.from')} value={from} max={to} onChange={(day) => setView({ from: day })} />
      <span className="text-fg-muted" aria-hidden>
        –
      </span>
      <DayInput label={t('dates.to')} value={to} min={from} onChange={(day) => setView({ to: day })} />
      {presets.map((p) => {
        const on = p.from === from && p.to === to;
        return (
          <button
            key={p.id}
            type="button"
            aria-pressed={on}
            onClick={() => setView(on ? { from: null, to: null } : { from: p.from, to: p.to })}
            className={cn(
              'h-8 rounded-md px-2 text-sm focus-visible:outline-2 focus-visible:outline-accent',
              on ? 'bg-accent text-accent-fg' : 'text-fg-muted hover:bg-surface-3 hover:text-fg',
            )}
          >
            {t(p.label)}
          </button>
        );
      })}
      <StoreZoneNote />
    </div>
  );
}
