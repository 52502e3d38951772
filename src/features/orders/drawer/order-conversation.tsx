import { ExternalLink } from 'lucide-react';
import { CopyButton } from '@/components/ui/copy-button';
import type { Order } from '../api/order-schema';
import { CONVERSATION_URL_TEMPLATE, conversationUrl } from './conversation-url';
import { DetailSection } from './detail-section';

/** The Cekat chat the order came from; linked only when the deployment configures where chats live. */
export function OrderConversation({ order }: { order: Order }) {
  const id = order.conversation_id;
  const href = conversationUrl(CONVERSATION_URL_TEMPLATE, id);
  return (
    <DetailSection title="Conversation">
      {id ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="flex min-w-0 items-center gap-1">
            <code className="min-w-0 truncate font-mono text-xs">{id}</code>
            <CopyButton value={id} label="conversation id" />
          </span>
          {href && (
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
            >
              Open conversation <ExternalLink aria-hidden className="size-3.5" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          )}
        </div>
      ) : (
        <p className="text-sm text-fg-muted">No conversation linked to this order.</p>
      )}
    </DetailSection>
  );
}
