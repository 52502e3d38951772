import { t } from '@/i18n/i18n';
import { ListFilter, MessageCircle, Phone } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { parsePhoneChecked } from '@/lib/phone-checked';
import type { Order } from '../api/order-schema';
import { FollowUpSection } from '../follow-up/follow-up';
import { contactKey } from './contact-orders';
import { ContactHistoryList } from './contact-history-list';
import { DetailSection } from './detail-section';

const linkClass =
  'inline-flex h-8 items-center gap-1.5 rounded-md border border-border px-2.5 text-sm hover:bg-surface-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

function PhoneLine({ raw }: { raw: string | null }) {
  if (!raw) return <p className="text-sm text-fg-muted">{t('contact.no_phone')}</p>;
  const phone = parsePhoneChecked(raw);
  if (!phone) {
    return (
      <p className="flex items-center gap-1 text-sm">
        <span className="break-all">{raw}</span>
        <span className="text-fg-muted">({t('contact.bad_phone')})</span>
        <CopyButton value={raw} label={t('copy.phone')} />
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p className="flex items-center gap-1 text-sm">
        <span className="tabular font-medium">{phone.display}</span>
        <CopyButton value={phone.display} label={t('copy.phone')} />
      </p>
      <div className="flex flex-wrap gap-2">
        <a className={linkClass} href={phone.telHref}>
          <Phone aria-hidden className="size-3.5" /> {t('contact.call')}
        </a>
        <a className={linkClass} href={phone.whatsappHref} target="_blank" rel="noopener noreferrer">
          <MessageCircle aria-hidden className="size-3.5" /> WhatsApp
        </a>
      </div>
    </div>
  );
}

type Props = {
  order: Order;
  orders: readonly Order[];
  onOpenOrder: (id: string) => void;
  onFilterContact: (q: string) => void;
};

/** Who bought and how to reach them; the name is always plain text, never markup. */
export function OrderContact({ order, orders, onOpenOrder, onFilterContact }: Props) {
  const contact = order.contact;
  const id = contactKey(order);
  const name = contact?.display_name?.trim() ? contact.display_name : null;
  const filterQuery = contact?.phone_number?.replace(/\D/g, '') || name;
  return (
    <DetailSection
      title={t('contact.title')}
      testId="order-contact"
      action={
        filterQuery ? (
          <Button size="sm" variant="ghost" onClick={() => onFilterContact(filterQuery)}>
            <ListFilter aria-hidden className="size-3.5" /> {t('contact.show_in_table')}
          </Button>
        ) : null
      }
    >
      {contact === null ? (
        <p className="text-sm text-fg-muted">{t('contact.none')}</p>
      ) : (
        <div className="space-y-2">
          <p className={name ? 'text-base font-medium break-words' : 'text-base italic text-fg-muted'}>
            {name ?? t('contact.unnamed')}
          </p>
          <PhoneLine raw={contact.phone_number} />
        </div>
      )}
      <FollowUpSection order={order} />
      {id && (
        <p className="mt-2 flex items-center gap-1 text-sm text-fg-muted">
          <span className="whitespace-nowrap">{t('contact.id')}</span>
          <code className="min-w-0 truncate font-mono text-xs text-fg">{id}</code>
          <CopyButton value={id} label={t('copy.contact_id')} />
        </p>
      )}
      <ContactHistoryList order={order} orders={orders} onOpenOrder={onOpenOrder} />
    </DetailSection>
  );
}
