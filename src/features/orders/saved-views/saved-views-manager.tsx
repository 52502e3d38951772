import * as Popover from '@radix-ui/react-popover';
import { ArrowLeft, ArrowRight, Bookmark, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { say } from '@/lib/staff-language';
import { moveView, removeView, renameView, saveView, type SavedView } from './saved-views';
import { savedViewsStore } from './saved-views-store';
import { savedViewWords } from './saved-views-words';

/** Save the current view under a name; rename, reorder and remove the staff's own views. */
export function SavedViewsManager({ views, current }: { views: SavedView[]; current: string }) {
  const [name, setName] = useState('');
  const set = savedViewsStore.set;
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button size="sm" variant="ghost" title={say(savedViewWords.manage)}>
          <Bookmark aria-hidden className="size-4" />
          <span className="max-sm:sr-only">{say(savedViewWords.manage)}</span>
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 flex w-80 max-w-[95vw] flex-col gap-3 rounded-lg border border-border bg-surface p-3 text-sm text-fg shadow-lg"
        >
          <form
            className="flex items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              set(saveView(views, name, current, `v${Date.now().toString(36)}`));
              setName('');
            }}
          >
            <Input
              size="sm"
              aria-label={say(savedViewWords.name)}
              placeholder={say(savedViewWords.saveCurrent)}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
              className="min-w-0 flex-1"
            />
            <Button size="sm" type="submit" variant="primary" disabled={name.trim() === ''}>
              {say(savedViewWords.save)}
            </Button>
          </form>
          {views.length === 0 ? (
            <p className="text-fg-muted">{say(savedViewWords.none)}</p>
          ) : (
            <ul className="flex flex-col gap-1.5">
              {views.map((view, i) => (
                <li key={view.id} className="flex items-center gap-1">
                  <Input
                    size="sm"
                    aria-label={`${say(savedViewWords.rename)}: ${view.name}`}
                    value={view.name}
                    maxLength={80}
                    onChange={(e) => set(renameView(views, view.id, e.target.value))}
                    className="min-w-0 flex-1"
                  />
                  <Button
                    size="icon"
                    variant="ghost"
                    aria-label={say(savedViewWords.earlier)}
                    disabled={i === 0}
                    onClick={() => set(moveView(views, view.id, -1))}
                  >
                    <ArrowLeft aria-hidden className="size-4" />
                  </Button>
                  <Button
                    size="icon"
                    variant="ghost"
                    aria-label={say(savedViewWords.later)}
                    disabled={i === views.length - 1}
                    onClick={() => set(moveView(views, view.id, 1))}
                  >
                    <ArrowRight aria-hidden className="size-4" />
                  </Button>
                  <Button
                    size="icon"
                    variant="ghost"
                    aria-label={`${say(savedViewWords.remove)}: ${view.name}`}
                    onClick={() => set(removeView(views, view.id))}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="text-xs text-fg-muted">{say(savedViewWords.stored)}</p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
