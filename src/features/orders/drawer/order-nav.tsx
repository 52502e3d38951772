import { t } from '@/i18n/i18n';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { formatInteger } from '@/lib/format';
import type { Order } from '../api/order-schema';
import { neighbours } from './neighbours';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

type Props = { id: string; rows: readonly Order[]; onOpenOrder: (id: string) => void };

/** Previous / next through the table's current rows, by buttons or `[` and `]`. */
export function OrderNav({ id, rows, onOpenOrder }: Props) {
  const { index, total, previous, next } = neighbours(rows, id);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const target = event.key === '[' ? previous : event.key === ']' ? next : null;
      if (!target) return;
      event.preventDefault();
      onOpenOrder(target.id);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [previous, next, onOpenOrder]);

  return (
    <nav aria-label={t('nav.label')} className="flex shrink-0 items-center gap-1">
      <span className="hidden text-xs text-fg-muted tabular sm:inline" aria-live="polite">
        {index === -1
          ? t('nav.not_in_view')
          : t('nav.position', { index: formatInteger(index + 1), total: formatInteger(total) })}
      </span>
      <Button
        size="icon"
        variant="ghost"
        disabled={!previous}
        onClick={() => previous && onOpenOrder(previous.id)}
        aria-label={t('nav.previous')}
        aria-keyshortcuts="["
        title={`${t('nav.previous')} ( [ )`}
      >
        <ChevronLeft aria-hidden className="size-4" />
      </Button>
      <Button
        size="icon"
        variant="ghost"
        disabled={!next}
        onClick={() => next && onOpenOrder(next.id)}
        aria-label={t('nav.next')}
        aria-keyshortcuts="]"
        title={`${t('nav.next')} ( ] )`}
      >
        <ChevronRight aria-hidden className="size-4" />
      </Button>
    </nav>
  );
}
