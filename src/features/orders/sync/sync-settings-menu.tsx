import { History, Settings2, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { t } from '@/i18n/i18n';
import { Button } from '@/components/ui/button';
import { Popover } from '@/components/ui/popover';
import {
  AUTO_REFRESH_OPTIONS,
  SINCE_OPTIONS,
  updateSyncSettings,
  useSyncSettings,
  type SinceDays,
} from './sync-settings';

const sinceLabel = (days: SinceDays) =>
  days === null ? t('settings.all_orders') : t('settings.last_days', { days });
const autoLabel = (minutes: number) =>
  minutes === 0
    ? t('settings.off')
    : minutes === 60
      ? t('settings.every_hour')
      : t('settings.every_minutes', { minutes });
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
    <Popover
      onOpenChange={() => setCleared(false)}
      trigger={
        <Button variant="ghost" size="sm" aria-label={t('settings.title')} title={t('settings.title')}>
          <Settings2 className="size-4" aria-hidden />
        </Button>
      }
    >
      {mirror ? (
        <p className="text-xs text-fg-muted">{t('mirror.settings_note')}</p>
      ) : (
        <PagingSettings busy={busy} onFullResync={onFullResync} />
      )}
      <div className="flex flex-col gap-1 border-t border-border pt-3">
        <Button variant="danger" size="sm" onClick={() => void onClear().then(() => setCleared(true))}>
          <Trash2 className="size-4" aria-hidden />
          {t('settings.clear')}
        </Button>
        <p className="text-xs text-fg-muted" role="status">
          {cleared ? t('settings.cleared') : t('settings.clear_hint')}
        </p>
      </div>
    </Popover>
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
          {t('settings.since')}
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
        <p className="text-xs text-fg-muted">{t('settings.since_hint')}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={autoId} className="font-medium">
          {t('settings.auto')}
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
          {t('settings.full_resync')}
        </Button>
        <p className="text-xs text-fg-muted">{t('settings.full_resync_hint')}</p>
      </div>
    </>
  );
}
