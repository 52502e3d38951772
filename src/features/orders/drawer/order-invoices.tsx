import type { Order } from '../api/order-schema';
import { DetailSection } from './detail-section';
import { InvoiceCard } from './invoice-card';

/** The order's invoices; a missing field and an empty list are both plain facts, not errors. */
export function OrderInvoices({ order }: { order: Order }) {
  const invoices = order.invoices;
  return (
    <DetailSection
      title={`Invoices${invoices && invoices.length > 0 ? ` (${invoices.length})` : ''}`}
      testId="order-invoices"
    >
      {invoices === null ? (
        <p className="text-sm text-fg-muted">The API sent no invoice details for this order.</p>
      ) : invoices.length === 0 ? (
        <p className="text-sm text-fg-muted">No invoices for this order.</p>
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
