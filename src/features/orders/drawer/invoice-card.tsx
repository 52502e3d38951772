import { t } from '@/i18n/i18n';
import { ExternalLink } from '@/components/ui/external-link';
import { formatDateTime, formatRupiah } from '@/lib/format';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';
import type { Invoice } from '../api/order-schema';
import { describeInvoice, fieldText, invoiceStatusColor, invoiceStatusWord } from './invoice-fields';

function InvoiceStatus({ status }: { status: string }) {
  const color = invoiceStatusColor(status);
  const word = invoiceStatusWord(status);
  return (
    <span
      className="inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold tracking-wide"
      style={{ borderColor: `color-mix(in srgb, ${color} 45%, transparent)`, color }}
      // The provider's own word stays one hover away: it is what its dashboard and support speak.
      title={word ? status : undefined}
    >
      {word ? t(word) : status}
    </span>
  );
}

function amountText(amount: number | null, raw: unknown, currency: string | null): string | null {
  if (amount !== null) return currency && currency !== 'IDR' ? `${currency} ${amount}` : formatRupiah(amount);
  return raw === undefined || raw === null ? null : fieldText(raw);
}

/** One invoice: the fields we recognise laid out, everything else under "More fields" exactly as sent. */
export function InvoiceCard({ invoice, index }: { invoice: Invoice; index: number }) {
  const view = describeInvoice(invoice);
  const timeZone = useStoreTimeZone();
  const amount = amountText(view.amount, view.amountRaw, view.currency);
  return (
    <li className="rounded-md border border-border p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 font-medium break-all">
          {view.number ?? t('invoices.nth', { n: index + 1 })}
        </span>
        {view.status && <InvoiceStatus status={view.status} />}
      </div>
      {amount && <p className="mt-1 text-base font-semibold tabular">{amount}</p>}
      {(view.dates.length > 0 || view.channel) && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {view.channel && (
            <div className="contents">
              <dt className="text-fg-muted">{t('invoices.channel')}</dt>
              <dd className="break-all">{view.channel}</dd>
            </div>
          )}
          {view.dates.map((date) => (
            <div key={date.key} className="contents">
              <dt className="text-fg-muted">{t(date.label)}</dt>
              <dd>
                {date.ms !== null ? (
                  <time dateTime={date.raw}>{formatDateTime(date.ms, timeZone)}</time>
                ) : (
                  date.raw
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {view.url && (
        <ExternalLink href={view.url} className="mt-2">
          {t('invoices.open')}
        </ExternalLink>
      )}
      {view.rejectedUrl !== null && (
        <p className="mt-2 text-fg-muted">
          {t('invoices.rejected_url')} <code className="break-all text-fg">{view.rejectedUrl}</code>
        </p>
      )}
      {view.extra.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-fg-muted hover:text-fg">
            {t('invoices.more', { n: view.extra.length })}
          </summary>
          <dl className="mt-1 space-y-1">
            {view.extra.map(([key, value]) => (
              <div key={key} className="flex flex-wrap gap-x-2">
                <dt className="font-mono text-xs text-fg-muted">{key}</dt>
                <dd className="min-w-0 font-mono text-xs break-all">{fieldText(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
