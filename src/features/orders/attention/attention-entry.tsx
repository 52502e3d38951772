import { AlarmClock } from 'lucide-react';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { formatInteger } from '@/lib/format';
import { serializeOrdersView, useOrdersView } from '../view-state';
import { useAttention } from './use-attention';
import { isPlainClick } from '@/lib/plain-click';

/** The header's needs-attention count (CONTRACT.md `needs-attention`): a link that opens and closes the queue. */
export function AttentionEntry() {
  const { items } = useAttention();
  const [view, setView] = useOrdersView();
  const open = view.queue === 'attention';
  const count = items.length;
  const href = `?${serializeOrdersView({ ...view, queue: open ? null : 'attention' })
    .toString()
    .replace(/%2C/g, ',')}`;
  return (
    <a
      href={href}
      data-testid="needs-attention"
      data-count={count}
      aria-current={open ? 'page' : undefined}
      title={t('attention.entry_title')}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        setView({ queue: open ? null : 'attention' });
      }}
      className={cn(
        'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium whitespace-nowrap',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
        count > 0 ? 'border-warning text-warning' : 'border-border text-fg-muted',
        open ? 'bg-surface-3' : 'hover:bg-surface-3',
      )}
    >
      <AlarmClock aria-hidden className="size-4" />
      {/* On a phone the clock and count share the title's row; the words stay for screen readers. */}
      <span className="max-sm:sr-only">{t('attention.entry')}</span>
      <span className="tabular rounded-full bg-surface-2 px-1.5 text-fg">{formatInteger(count)}</span>
    </a>
  );
}
