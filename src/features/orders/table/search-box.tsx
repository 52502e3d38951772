import { Search, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Kbd } from '@/components/ui/kbd';
import { t } from '@/i18n/i18n';
import { debounce } from '@/lib/debounce';
import type { SetOrdersView } from '../view-state';

const DEBOUNCE_MS = 120;

/** Search typed here reaches the URL (replacing, not stacking history) once typing pauses; `/` focuses it. */
export function SearchBox({ q, setView }: { q: string; setView: SetOrdersView }) {
  const [text, setText] = useState(q);
  const ref = useRef<HTMLInputElement>(null);
  const commit = useMemo(
    () => debounce((value: string) => setView({ q: value }, { replace: true }), DEBOUNCE_MS),
    [setView],
  );
  useEffect(() => () => commit.cancel(), [commit]);
  useEffect(() => {
    // Back/forward or "clear filters" changed the URL: show what it says.
    if (ref.current !== document.activeElement) setText(q);
  }, [q]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== '/' || target.closest('input, textarea, select, [contenteditable=true], [role=dialog]'))
        return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const clear = () => {
    commit.cancel();
    setText('');
    setView({ q: '' }, { replace: true });
  };

  return (
    <div className="relative flex min-w-0 flex-1 items-center max-sm:basis-full sm:max-w-sm">
      <Search className="pointer-events-none absolute left-2.5 size-4 text-fg-muted" aria-hidden />
      <Input
        ref={ref}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            clear();
          } else if (e.key === 'Enter') commit.flush();
        }}
        className="w-full pr-14 pl-8 [&::-webkit-search-cancel-button]:hidden"
      />
      <span className="absolute right-2 flex items-center gap-1">
        {text ? (
          <button
            type="button"
            onClick={clear}
            aria-label={t('search.clear')}
            className="rounded p-0.5 text-fg-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-accent"
          >
            <X className="size-4" aria-hidden />
          </button>
        ) : (
          <Kbd>/</Kbd>
        )}
      </span>
    </div>
  );
}
