import { ChevronRight, X } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { formatInteger } from '@/lib/format';
import { isPlainClick } from '@/lib/plain-click';
import { serializeOrdersView, useOrdersView, type OrdersView } from '../view-state';
import { ATTENTION_RULES } from './attention-rules';
import { AttentionRow } from './attention-row';
import { AttentionThresholdsMenu } from './attention-thresholds';
import { RULE_NAME } from './attention-text';
import { useAttention } from './use-attention';
import type { AttentionItem, AttentionThresholds } from './attention-rules';

const PAGE = 50;

// Phone checking (libphonenumber) stays out of the first load, as in the drawer.
const FollowUp = lazy(() => import('../follow-up/follow-up').then((m) => ({ default: m.FollowUp })));

/** The needs-attention queue (`?queue=attention`): late orders, most urgent first; a rule chip narrows it. */
export function AttentionQueue() {
  const [view] = useOrdersView();
  if (view.queue !== 'attention') return null;
  return <QueuePanel />;
}

function QueuePanel() {
  const { items, perRule, thresholds } = useAttention();
  const [view, setView] = useOrdersView();
  const [shown, setShown] = useState(PAGE);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    // The sticky header wraps to a quarter of a phone's screen: bring the title just below it, not under it.
    const below = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const top = panel.getBoundingClientRect().top;
    if (top < below || top > window.innerHeight / 2) window.scrollBy({ top: top - below - 8 });
  }, []);

  // The status filter narrows the queue to the rules it names; statuses without a rule leave it whole.
  const selected = new Set<string>(ATTENTION_RULES.filter((rule) => view.status.includes(rule)));
  const listed = selected.size ? items.filter((item) => selected.has(item.rule)) : items;

  return (
    <section
      ref={ref}
      aria-labelledby="attention-queue-title"
      className="rounded-lg border border-border bg-surface"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-border p-3">
        <h2 id="attention-queue-title" className="text-base font-semibold">
          {t('attention.queue_title')}{' '}
          <span className="tabular text-fg-muted">({formatInteger(items.length)})</span>
        </h2>
        <div className="ml-auto flex items-center gap-1">
          <AttentionThresholdsMenu thresholds={thresholds} />
          <Button
            size="icon"
            variant="ghost"
            aria-label={t('attention.close')}
            onClick={() => setView({ queue: null })}
          >
            <X aria-hidden className="size-4" />
          </Button>
        </div>
        <div
          role="group"
          aria-label={t('attention.queue_title')}
          className="flex basis-full flex-wrap gap-1.5"
        >
          {ATTENTION_RULES.map((rule) => {
            const on = selected.has(rule);
            return (
              <button
                key={rule}
                type="button"
                aria-pressed={on}
                data-rule={rule}
                data-count={perRule[rule]}
                onClick={() => setView({ status: on ? [] : [rule] })}
                className={cn(
                  'h-8 rounded-full border px-3 text-sm focus-visible:outline-2 focus-visible:outline-accent',
                  on ? 'border-accent bg-accent text-accent-fg' : 'border-border hover:bg-surface-3',
                )}
              >
                {t(RULE_NAME[rule])}{' '}
                <span className="tabular font-medium">{formatInteger(perRule[rule])}</span>
              </button>
            );
          })}
        </div>
        <p className="basis-full text-xs text-fg-muted">{t('attention.filtered')}</p>
      </div>
      {listed.length === 0 ? (
        <p className="p-4 text-sm text-fg-muted">{t('attention.empty')}</p>
      ) : (
        <ol className="max-h-[60vh] overflow-y-auto">
          <QueueRows items={listed.slice(0, shown)} thresholds={thresholds} />
        </ol>
      )}
      {listed.length > shown && (
        <div className="border-t border-border p-2 text-center">
          <Button size="sm" variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
            {t('attention.more', { n: formatInteger(listed.length - shown) })}
          </Button>
        </div>
      )}
    </section>
  );
}

/** This view's link with `changes` applied, commas kept readable as the app writes them. */
function viewHref(view: OrdersView, changes: Partial<OrdersView>): string {
  return `?${serializeOrdersView({ ...view, ...changes })
    .toString()
    .replace(/%2C/g, ',')}`;
}

/** Late orders as links that open their drawer, each with its WhatsApp follow-up. */
function QueueRows({
  items,
  thresholds,
  markId,
}: {
  items: readonly AttentionItem[];
  thresholds: AttentionThresholds;
  markId?: boolean;
}) {
  const [view, setView] = useOrdersView();
  return items.map((item) => (
    <AttentionRow
      key={item.order.id}
      item={item}
      limitHours={thresholds[item.rule]}
      href={viewHref(view, { order: item.order.id })}
      onOpen={(id) => setView({ order: id })}
      markId={markId}
      actions={
        <Suspense fallback={null}>
          <FollowUp order={item.order} compact />
        </Suspense>
      }
    />
  ));
}

const PREVIEW = 3;

/** On a phone, the first thing under the views: the most urgent late orders, and the way to the whole queue. */
export function AttentionPreview() {
  const { items, thresholds } = useAttention();
  const [view, setView] = useOrdersView();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="attention-preview-title" className="rounded-lg border border-border bg-surface">
      <h2 id="attention-preview-title" className="border-b border-border px-3 py-2 text-base font-semibold">
        {t('attention.queue_title')}{' '}
        <span className="tabular text-fg-muted">({formatInteger(items.length)})</span>
      </h2>
      <ol>
        <QueueRows items={items.slice(0, PREVIEW)} thresholds={thresholds} markId={false} />
      </ol>
      <a
        href={viewHref(view, { queue: 'attention' })}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          setView({ queue: 'attention' });
        }}
        className="flex min-h-11 items-center justify-center gap-1 border-t border-border text-sm font-medium text-accent hover:bg-surface-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
      >
        {t('attention.see_all', { n: formatInteger(items.length) })}
        <ChevronRight aria-hidden className="size-4" />
      </a>
    </section>
  );
}
