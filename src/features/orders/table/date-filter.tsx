import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { StoreZoneNote } from '../time-zone/store-zone-note';
import { useDatePresets } from '../time-zone/use-date-presets';
import type { SetOrdersView } from '../view-state';

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
    <div role="group" aria-label="Created between" className="flex flex-wrap items-center gap-1.5">
      <Input
        type="date"
        aria-label="From"
        value={from ?? ''}
        max={to ?? undefined}
        onChange={(e) => setView({ from: e.target.value || null })}
        size="sm"
        className="w-[9.5rem]"
      />
      <span className="text-fg-muted" aria-hidden>
        –
      </span>
      <Input
        type="date"
        aria-label="To"
        value={to ?? ''}
        min={from ?? undefined}
        onChange={(e) => setView({ to: e.target.value || null })}
        size="sm"
        className="w-[9.5rem]"
      />
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
            {p.label}
          </button>
        );
      })}
      <StoreZoneNote />
    </div>
  );
}
