import { t } from '@/i18n/i18n';
import type { Order } from '../api/order-schema';
import { DetailSection } from './detail-section';
import { InvoiceCard } from './invoice-card';

/** The order's invoices; a missing field and an empty list are both plain facts, not errors. */
export function OrderInvoices({ order }: { order: Order }) {
  const invoices = order.invoices;
  return (
    <DetailSection
      title={`${t('column.invoices')}${invoices && invoices.length > 0 ? ` (${invoices.length})` : ''}`}
      testId="order-invoices"
    >
      {invoices === null ? (
        <p className="text-sm text-fg-muted">{t('invoices.missing')}</p>
      ) : invoices.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('invoices.none')}</p>
      ) : (
        <ol className="space-y-2">
          {invoices.map((invoice, index) => (
            <InvoiceCard key={index} invoice={invoice} index={index} />
          ))}
        </ol>
      )}
    </DetailSection>
  );
}
