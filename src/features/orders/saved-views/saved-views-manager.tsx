import { ArrowLeft, ArrowRight, Bookmark, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Popover } from '@/components/ui/popover';
import { Input } from '@/components/ui/input';
import { t } from '@/i18n/i18n';
import { formatDateTime } from '@/lib/format';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { SavedViews } from './saved-views-store';

/** Save the current view under a name; rename, reorder and remove the staff's own views. */
export function SavedViewsManager({ own, current }: { own: SavedViews; current: string }) {
  const [name, setName] = useState('');
  const timeZone = useStoreTimeZone();
  const { views } = own;
  return (
    <Popover
      width="lg"
      trigger={
        <Button size="sm" variant="ghost" title={t('saved_views.manage')}>
          <Bookmark aria-hidden className="size-4" />
          <span className="max-sm:sr-only">{t('saved_views.manage')}</span>
        </Button>
      }
    >
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          own.save(name, current);
          setName('');
        }}
      >
        <Input
          size="sm"
          aria-label={t('saved_views.name')}
          placeholder={t('saved_views.save_current')}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          className="min-w-0 flex-1"
        />
        <Button size="sm" type="submit" variant="primary" disabled={name.trim() === ''}>
          {t('saved_views.save')}
        </Button>
      </form>
      {views.length === 0 ? (
        <p className="text-fg-muted">{t('saved_views.none')}</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {views.map((view, i) => (
            <li key={view.id} className="flex flex-wrap items-center gap-1">
              <Input
                key={view.name}
                size="sm"
                aria-label={t('saved_views.rename', { name: view.name })}
                defaultValue={view.name}
                maxLength={80}
                onBlur={(e) => {
                  const next = e.target.value.trim();
                  if (next !== '' && next !== view.name) own.rename(view.id, next);
                }}
                className="min-w-0 flex-1"
              />
              <Button
                size="icon"
                variant="ghost"
                aria-label={t('saved_views.earlier')}
                disabled={i === 0}
                onClick={() => own.move(view.id, -1)}
              >
                <ArrowLeft aria-hidden className="size-4" />
              </Button>
              <Button
                size="icon"
                variant="ghost"
                aria-label={t('saved_views.later')}
                disabled={i === views.length - 1}
                onClick={() => own.move(view.id, 1)}
              >
                <ArrowRight aria-hidden className="size-4" />
              </Button>
              <Button
                size="icon"
                variant="ghost"
                aria-label={t('saved_views.remove', { name: view.name })}
                onClick={() => own.remove(view.id)}
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
              {view.createdAt !== undefined && (
                <p className="w-full text-xs text-fg-muted">
                  {t('saved_views.saved_by', {
                    who: view.createdBy ?? t('saved_views.someone'),
                    when: formatDateTime(view.createdAt, timeZone),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-fg-muted">
        {own.place === 'team' ? t('saved_views.stored_team') : t('saved_views.stored')}
      </p>
    </Popover>
  );
}
