import { t } from '@/i18n/i18n';
import { CopyButton } from '@/components/ui/copy-button';
import { ExternalLink } from '@/components/ui/external-link';
import type { Order } from '../api/order-schema';
import { CONVERSATION_URL_TEMPLATE, conversationUrl } from './conversation-url';
import { DetailSection } from './detail-section';

/** The Cekat chat the order came from; linked only when the deployment configures where chats live. */
export function OrderConversation({ order }: { order: Order }) {
  const id = order.conversation_id;
  const href = conversationUrl(CONVERSATION_URL_TEMPLATE, id);
  return (
    <DetailSection title={t('conversation.title')}>
      {id ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="flex min-w-0 items-center gap-1">
            <code className="min-w-0 truncate font-mono text-xs">{id}</code>
            <CopyButton value={id} label={t('copy.conversation_id')} />
          </span>
          {href && <ExternalLink href={href}>{t('conversation.open')}</ExternalLink>}
        </div>
      ) : (
        <p className="text-sm text-fg-muted">{t('conversation.none')}</p>
      )}
    </DetailSection>
  );
}
