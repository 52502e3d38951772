import { MessageCircle, MessageCircleOff } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { currentLang, t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';
import { parsePhoneChecked } from '@/lib/phone-checked';
import type { Order } from '../api/order-schema';
import { followUpTemplates } from './follow-up-store';
import {
  DEFAULT_TEMPLATES,
  FOLLOW_UP_KINDS,
  fillTemplate,
  PLACEHOLDERS,
  whatsappLink,
  type FollowUpKind,
  type Placeholder,
} from './follow-up-templates';
import { followUpValues } from './follow-up-values';

/** The follow-up an order most likely needs, from its status. */
function suggestedKind(status: string): FollowUpKind {
  if (status === 'pending') return 'payment_reminder';
  if (status === 'shipped' || status === 'processing') return 'shipped';
  return 'thank_you';
}

type Mode = 'closed' | 'preview' | 'edit';

/** Each follow-up's button, as a catalog key. */
const KIND_LABEL: Record<FollowUpKind, string> = {
  payment_reminder: 'follow_up.kind.payment_reminder',
  shipped: 'follow_up.kind.shipped',
  thank_you: 'follow_up.kind.thank_you',
};

/** A placeholder as staff type it. */
const placeholderText = (name: Placeholder) => `{${name}}`;

/**
 * A WhatsApp follow-up for one order: pick a message, see it filled in, open WhatsApp with it (nothing is sent
 * from here). Returns its button and, when open, a full-width panel, for the caller's wrapping flex row.
 */
export function FollowUp({ order, compact = false }: { order: Order; compact?: boolean }) {
  const [mode, setMode] = useState<Mode>('closed');
  const [kind, setKind] = useState<FollowUpKind>(() => suggestedKind(order.order_status));
  const templates = followUpTemplates.use();
  const panelId = useId();
  const raw = order.contact?.phone_number ?? null;
  const phone = parsePhoneChecked(raw);
  if (!phone) {
    const reason = t(raw?.trim() ? 'follow_up.bad_phone' : 'follow_up.no_phone');
    return compact ? (
      // A phone has no hover for the title: there the reason is written under the row.
      <span
        title={reason}
        className="mr-3 inline-flex items-center gap-1.5 text-fg-muted max-sm:mb-2 max-sm:ml-3 max-sm:basis-full max-sm:text-xs sm:size-8 sm:justify-center"
      >
        <MessageCircleOff aria-hidden className="size-4 shrink-0" />
        <span className="sm:sr-only">{reason}</span>
      </span>
    ) : (
      <p className="text-sm text-fg-muted">{reason}</p>
    );
  }

  const language = currentLang();
  const template = templates[language][kind];
  const filled = fillTemplate(template, followUpValues(order));
  const href = whatsappLink(phone.digits, filled.text);
  const missing = filled.missing.map(placeholderText).join(', ');
  const setTemplate = (text: string) =>
    followUpTemplates.set({ ...templates, [language]: { ...templates[language], [kind]: text } });

  return (
    <>
      <Button
        size={compact ? 'icon' : 'sm'}
        variant="secondary"
        aria-expanded={mode !== 'closed'}
        aria-controls={mode === 'closed' ? undefined : panelId}
        // A thumb's target on a phone (44 px), where the queue's rows are worked through one by one.
        className={compact ? 'mr-3 max-sm:size-11' : undefined}
        aria-label={compact ? t('follow_up.button') : undefined}
        title={t('follow_up.button')}
        onClick={() => setMode(mode === 'closed' ? 'preview' : 'closed')}
      >
        <MessageCircle aria-hidden className="size-4" />
        {!compact && t('follow_up.button')}
      </Button>
      {mode !== 'closed' && (
        <div
          id={panelId}
          className={cn(
            'flex basis-full flex-col gap-2 rounded-md border border-border bg-surface-2 p-3 text-sm',
            compact && 'mx-3 mb-2 basis-[calc(100%-1.5rem)]',
          )}
        >
          <div role="group" aria-label={t('follow_up.preview')} className="flex flex-wrap gap-1.5">
            {FOLLOW_UP_KINDS.map((k) => (
              <Button
                key={k}
                size="sm"
                variant={k === kind ? 'primary' : 'ghost'}
                aria-pressed={k === kind}
                onClick={() => setKind(k)}
              >
                {t(KIND_LABEL[k])}
              </Button>
            ))}
          </div>
          <p className="text-fg-muted">
            {t('follow_up.to')} <span className="tabular text-fg">{phone.display}</span>
          </p>
          {mode === 'edit' ? (
            <>
              <textarea
                aria-label={t('follow_up.edit')}
                value={template}
                onChange={(e) => setTemplate(e.target.value)}
                rows={5}
                className="w-full rounded-md border border-border bg-surface p-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent"
              />
              <p className="text-xs text-fg-muted">
                {t('follow_up.template_help', { placeholders: PLACEHOLDERS.map(placeholderText).join(' ') })}
              </p>
            </>
          ) : (
            <p
              aria-label={t('follow_up.preview')}
              className="whitespace-pre-wrap break-words rounded-md bg-surface p-2"
            >
              {filled.text}
            </p>
          )}
          {missing && (
            <p className="text-xs text-warning">{t('follow_up.missing', { placeholders: missing })}</p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <ExternalLink
              href={href}
              className="h-8 rounded-md bg-accent px-3 font-medium text-accent-fg hover:no-underline"
            >
              {t('follow_up.open')}
            </ExternalLink>
            <Button size="sm" variant="ghost" onClick={() => setMode(mode === 'edit' ? 'preview' : 'edit')}>
              {t(mode === 'edit' ? 'follow_up.done' : 'follow_up.edit')}
            </Button>
            {mode === 'edit' && template !== DEFAULT_TEMPLATES[language][kind] && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setTemplate(DEFAULT_TEMPLATES[language][kind])}
              >
                {t('follow_up.reset')}
              </Button>
            )}
          </div>
          <p className="text-xs text-fg-muted">{t('follow_up.nothing_sent')}</p>
        </div>
      )}
    </>
  );
}

/** The drawer's follow-up block, under the contact's phone number. */
export function FollowUpSection({ order }: { order: Order }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <FollowUp order={order} />
    </div>
  );
}
