import { MessageCircle, MessageCircleOff } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { cn } from '@/lib/cn';
import { parsePhoneChecked } from '@/lib/phone-checked';
import { say, staffLanguage } from '@/lib/staff-language';
import type { Order } from '../api/order-schema';
import { followUpTemplates } from './follow-up-store';
import {
  DEFAULT_TEMPLATES,
  FOLLOW_UP_KINDS,
  fillTemplate,
  PLACEHOLDERS,
  whatsappLink,
  type FollowUpKind,
} from './follow-up-templates';
import { followUpValues } from './follow-up-values';
import { followUpWords, kindWords, placeholderText } from './follow-up-words';

/** The follow-up an order most likely needs, from its status. */
function suggestedKind(status: string): FollowUpKind {
  if (status === 'pending') return 'payment_reminder';
  if (status === 'shipped' || status === 'processing') return 'shipped';
  return 'thank_you';
}

type Mode = 'closed' | 'preview' | 'edit';

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
    const reason = say(raw?.trim() ? followUpWords.badPhone : followUpWords.noPhone);
    return compact ? (
      <span title={reason} className="mr-3 inline-flex size-8 items-center justify-center text-fg-muted">
        <MessageCircleOff aria-hidden className="size-4" />
        <span className="sr-only">{reason}</span>
      </span>
    ) : (
      <p className="text-sm text-fg-muted">{reason}</p>
    );
  }

  const language = staffLanguage();
  const template = templates[language][kind];
  const filled = fillTemplate(template, followUpValues(order, language));
  const href = whatsappLink(phone.digits, filled.text);
  const missing = filled.missing.map(placeholderText).join(', ');
  const setTemplate = (text: string) =>
    followUpTemplates.set({ ...templates, [language]: { ...templates[language], [kind]: text } });

  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={mode !== 'closed'}
        aria-controls={mode === 'closed' ? undefined : panelId}
        className={compact ? 'mr-3' : undefined}
        aria-label={compact ? say(followUpWords.button) : undefined}
        title={say(followUpWords.button)}
        onClick={() => setMode(mode === 'closed' ? 'preview' : 'closed')}
      >
        <MessageCircle aria-hidden className="size-4" />
        {!compact && say(followUpWords.button)}
      </Button>
      {mode !== 'closed' && (
        <div
          id={panelId}
          className={cn(
            'flex basis-full flex-col gap-2 rounded-md border border-border bg-surface-2 p-3 text-sm',
            compact && 'mx-3 mb-2 basis-[calc(100%-1.5rem)]',
          )}
        >
          <div role="group" aria-label={say(followUpWords.preview)} className="flex flex-wrap gap-1.5">
            {FOLLOW_UP_KINDS.map((k) => (
              <Button
                key={k}
                size="sm"
                variant={k === kind ? 'primary' : 'ghost'}
                aria-pressed={k === kind}
                onClick={() => setKind(k)}
              >
                {say(kindWords[k])}
              </Button>
            ))}
          </div>
          <p className="text-fg-muted">
            {say(followUpWords.to)} <span className="tabular text-fg">{phone.display}</span>
          </p>
          {mode === 'edit' ? (
            <>
              <textarea
                aria-label={say(followUpWords.edit)}
                value={template}
                onChange={(e) => setTemplate(e.target.value)}
                rows={5}
                className="w-full rounded-md border border-border bg-surface p-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent"
              />
              <p className="text-xs text-fg-muted">
                {say(followUpWords.templateHelp).replace(
                  '{placeholders}',
                  PLACEHOLDERS.map(placeholderText).join(' '),
                )}
              </p>
            </>
          ) : (
            <p
              aria-label={say(followUpWords.preview)}
              className="whitespace-pre-wrap break-words rounded-md bg-surface p-2"
            >
              {filled.text}
            </p>
          )}
          {missing && (
            <p className="text-xs text-warning">
              {say(followUpWords.missing).replace('{placeholders}', missing)}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <ExternalLink
              href={href}
              className="h-8 rounded-md bg-accent px-3 font-medium text-accent-fg hover:no-underline"
            >
              {say(followUpWords.open)}
            </ExternalLink>
            <Button size="sm" variant="ghost" onClick={() => setMode(mode === 'edit' ? 'preview' : 'edit')}>
              {say(mode === 'edit' ? followUpWords.done : followUpWords.edit)}
            </Button>
            {mode === 'edit' && template !== DEFAULT_TEMPLATES[language][kind] && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setTemplate(DEFAULT_TEMPLATES[language][kind])}
              >
                {say(followUpWords.reset)}
              </Button>
            )}
          </div>
          <p className="text-xs text-fg-muted">{say(followUpWords.nothingSent)}</p>
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
