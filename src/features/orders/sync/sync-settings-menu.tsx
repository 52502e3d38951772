import * as Popover from '@radix-ui/react-popover';
import { History, Settings2, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  AUTO_REFRESH_OPTIONS,
  SINCE_OPTIONS,
  updateSyncSettings,
  useSyncSettings,
  type SinceDays,
} from './sync-settings';
import { mirrorWords } from './mirror-words';

const sinceLabel = (days: SinceDays) => (days === null ? 'All orders' : `Last ${days} days`);
const autoLabel = (minutes: number) =>
  minutes === 0 ? 'Off' : minutes === 60 ? 'Every hour' : `Every ${minutes} min`;
const selectClass =
  'h-8 w-full rounded-md border border-border bg-surface px-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent';

type SyncSettingsMenuProps = {
  /** With the server's mirror, paging settings mean nothing to the browser: only forgetting the copy is left. */
  mirror: boolean;
  onClear: () => Promise<void>;
  onFullResync: () => void;
  busy: boolean;
};

/** The rarer sync settings: how far back to hold, automatic refresh, and forgetting the local copy. */
export function SyncSettingsMenu({ mirror, onClear, onFullResync, busy }: SyncSettingsMenuProps) {
  const [cleared, setCleared] = useState(false);
  return (
    <Popover.Root onOpenChange={() => setCleared(false)}>
      <Popover.Trigger asChild>
        <Button variant="ghost" size="sm" aria-label="Sync settings" title="Sync settings">
          <Settings2 className="size-4" aria-hidden />
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 flex w-72 flex-col gap-3 rounded-lg border border-border bg-surface p-3 text-sm text-fg shadow-lg"
        >
          {mirror ? (
            <p className="text-xs text-fg-muted">{mirrorWords.settingsNote}</p>
          ) : (
            <PagingSettings busy={busy} onFullResync={onFullResync} />
          )}
          <div className="flex flex-col gap-1 border-t border-border pt-3">
            <Button variant="danger" size="sm" onClick={() => void onClear().then(() => setCleared(true))}>
              <Trash2 className="size-4" aria-hidden />
              Clear local data
            </Button>
            <p className="text-xs text-fg-muted" role="status">
              {cleared
                ? 'Stored orders deleted from this browser; syncing again.'
                : 'Deletes the orders stored in this browser and syncs again.'}
            </p>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/** How far back to hold, automatic refresh and a full resync: the page-by-page sync's own settings. */
function PagingSettings({ busy, onFullResync }: { busy: boolean; onFullResync: () => void }) {
  const settings = useSyncSettings();
  const sinceId = useId();
  const autoId = useId();
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={sinceId} className="font-medium">
          Orders to hold
        </label>
        <select
          id={sinceId}
          className={selectClass}
          value={settings.sinceDays ?? 'all'}
          onChange={(e) =>
            updateSyncSettings({
              sinceDays: e.target.value === 'all' ? null : (Number(e.target.value) as SinceDays),
            })
          }
        >
          {SINCE_OPTIONS.map((days) => (
            <option key={days ?? 'all'} value={days ?? 'all'}>
              {sinceLabel(days)}
            </option>
          ))}
        </select>
        <p className="text-xs text-fg-muted">
          When the API lists newest first, paging stops once orders get older than this.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={autoId} className="font-medium">
          Refresh automatically
        </label>
        <select
          id={autoId}
          className={selectClass}
          value={settings.autoRefreshMinutes}
          onChange={(e) => updateSyncSettings({ autoRefreshMinutes: Number(e.target.value) })}
        >
          {AUTO_REFRESH_OPTIONS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {autoLabel(minutes)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 border-t border-border pt-3">
        <Button variant="secondary" size="sm" onClick={onFullResync} disabled={busy}>
          <History className="size-4" aria-hidden />
          Full resync
        </Button>
        <p className="text-xs text-fg-muted">
          Refresh reads only new orders, stopping at the first page already held unchanged (when the API lists
          newest first). A full resync re-reads every page, to catch status changes on older orders; it runs
          by itself when the last full read is over 12 hours old.
        </p>
      </div>
    </>
  );
}
