import type { ReactNode } from 'react';
import { formatRupiah, MISSING } from '@/lib/format';
import { t } from '@/i18n/i18n';
import { StatusBadge } from '../status-badge';
import type { AttentionItem } from './attention-rules';
import { waitingText, whyText } from './attention-text';
import { isPlainClick } from '@/lib/plain-click';

type Props = {
  item: AttentionItem;
  limitHours: number;
  href: string;
  onOpen: (id: string) => void;
  /** Follow-up actions (WhatsApp), beside the row's link. */
  actions?: ReactNode;
  /** Whether the link carries `data-order-id`: not in the phone's preview, so an id is never on two links. */
  markId?: boolean;
};

/** One late order: a link that opens its drawer like a table row does, its age and why it is late. */
export function AttentionRow({ item, limitHours, href, onOpen, actions, markId = true }: Props) {
  const { order } = item;
  const name = order.contact?.display_name?.trim() || t('attention.no_name');
  return (
    <li className="flex flex-wrap items-center gap-x-2 border-b border-border last:border-b-0">
      <a
        href={href}
        data-order-id={markId ? order.id : undefined}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          onOpen(order.id);
        }}
        className="flex min-w-0 flex-1 basis-0 flex-col gap-0.5 px-3 py-2 hover:bg-surface-2 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
      >
        <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <span className="tabular font-medium">
            {order.order_number !== null ? `#${order.order_number}` : MISSING}
          </span>
          <StatusBadge status={order.order_status} />
          <span className="min-w-0 truncate">{name}</span>
          <span className="tabular ml-auto font-medium">{formatRupiah(order.grand_total)}</span>
        </span>
        <span className="text-sm">
          <span className="font-medium text-warning">{waitingText(item.ageMs)}</span>
          <span className="text-fg-muted"> · {whyText(item.rule, limitHours)}</span>
        </span>
      </a>
      {actions}
    </li>
  );
}
