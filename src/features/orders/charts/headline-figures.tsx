import { memo, useState } from 'react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Info } from 'lucide-react';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRupiah } from '@/lib/format';
import { formatCompactRupiah, formatShare } from '@/lib/format-compact';
import { cn } from '@/lib/cn';
import type { HeadlineFigure, RevenueHeadline } from '../model/revenue-headline';

/** `label` and `definition` are catalog keys. */
type Card = { key: keyof RevenueHeadline; label: string; definition: string; tone: string };

const CARDS: Card[] = [
  {
    key: 'gross',
    label: 'headline.gross',
    definition: 'headline.gross.about',
    tone: 'var(--fg)',
  },
  {
    key: 'collected',
    label: 'headline.collected',
    definition: 'headline.collected.about',
    tone: 'var(--status-paid)',
  },
  {
    key: 'open',
    label: 'headline.open',
    definition: 'headline.open.about',
    tone: 'var(--status-pending)',
  },
  {
    key: 'lost',
    label: 'headline.lost',
    definition: 'headline.lost.about',
    tone: 'var(--status-refunded)',
  },
];

function HeadlineCard({ card, figure, gross }: { card: Card; figure: HeadlineFigure; gross: number }) {
  // Controlled, so a tap (which never hovers) opens the definition too.
  const [open, setOpen] = useState(false);
  return (
    <div className="min-w-0 rounded-md border border-border bg-surface-2 px-3 py-2">
      <div className="flex items-center gap-1 text-xs font-medium text-fg-muted">
        <span aria-hidden className="size-2 rounded-full" style={{ background: card.tone }} />
        <span>{t(card.label)}</span>
        <Tooltip.Root open={open} onOpenChange={setOpen}>
          <Tooltip.Trigger
            asChild
            // On the trigger, not the button: a prevented click skips the trigger's own close-on-click.
            // Open, not toggle: a tap focuses the button first, which has already opened it.
            onClick={(e) => {
              e.preventDefault();
              setOpen(true);
            }}
          >
            <button
              type="button"
              aria-label={t('headline.what', { name: t(card.label) })}
              className="-m-1 rounded p-1 text-fg-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-accent"
            >
              <Info aria-hidden className="size-3.5" />
            </button>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content
              side="bottom"
              sideOffset={4}
              className="z-50 max-w-64 rounded-md border border-border bg-surface-3 px-2.5 py-1.5 text-xs text-fg shadow-md"
            >
              {t(card.definition)}
              <Tooltip.Arrow className="fill-[var(--surface-3)]" />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      </div>
      <p className="tabular mt-0.5 truncate text-lg font-semibold" title={formatRupiah(figure.revenue)}>
        <span className="sm:hidden">{formatCompactRupiah(figure.revenue)}</span>
        <span className="hidden sm:inline">{formatRupiah(figure.revenue)}</span>
      </p>
      <p className="tabular text-xs text-fg-muted sm:truncate">
        {t('orders.count', { count: figure.count, n: formatInteger(figure.count) })}
        {card.key !== 'gross' &&
          ` · ${t('headline.of_gross', { share: formatShare(figure.revenue, gross) })}`}
      </p>
    </div>
  );
}

/** Gross, collected, open and lost at a glance; each definition is one hover or focus away. */
export const HeadlineFigures = memo(function HeadlineFigures({
  headline,
  className,
}: {
  headline: RevenueHeadline;
  className?: string;
}) {
  return (
    <Tooltip.Provider delayDuration={200}>
      <div className={cn('grid grid-cols-2 gap-2 lg:grid-cols-4', className)}>
        {CARDS.map((card) => (
          <HeadlineCard
            key={card.key}
            card={card}
            figure={headline[card.key]}
            gross={headline.gross.revenue}
          />
        ))}
      </div>
    </Tooltip.Provider>
  );
});
