import { Highlight } from '@/components/ui/highlight';
import { t } from '@/i18n/i18n';
import { formatDateTime, formatRelative, MISSING } from '@/lib/format';
import { zoneAbbreviation } from '@/lib/time-zone';
import { parsePhone } from '@/lib/phone';
import type { Order } from '../api/order-schema';
import { LateDot } from '../attention/late-dot';
import { invoiceState } from '../model/invoice-state';
import { highlightRanges } from '../model/search';
import { useCellContext } from './cell-context';
import { isPlainClick } from '@/lib/plain-click';

/** A real link (so open-in-new-tab works); a plain click opens the drawer without leaving the page. */
export function OrderNumberCell({ order }: { order: Order }) {
  const { query, hrefFor, open, now, thresholds } = useCellContext();
  const label = order.order_number !== null ? `#${order.order_number}` : MISSING;
  return (
    <span className="flex items-center gap-1.5">
      <LateDot order={order} now={now} thresholds={thresholds} keepSpace />
      <a
        href={hrefFor(order.id)}
        tabIndex={-1}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          open(order.id);
        }}
        className="tabular font-medium text-fg underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
      >
        <Highlight text={label} ranges={highlightRanges(label, query)} />
      </a>
    </span>
  );
}

export function CreatedCell({ order }: { order: Order }) {
  const { now, timeZone } = useCellContext();
  if (order.createdAtMs === null) return <span className="text-fg-muted">{order.created_at || MISSING}</span>;
  return (
    <time
      dateTime={order.created_at ?? undefined}
      title={`${zoneAbbreviation(timeZone, order.createdAtMs)} · ${formatRelative(order.createdAtMs, now)}`}
      className="tabular"
    >
      {formatDateTime(order.createdAtMs, timeZone)}
    </time>
  );
}

export function CustomerCell({ order }: { order: Order }) {
  const { query } = useCellContext();
  const name = order.contact?.display_name || '';
  const raw = order.contact?.phone_number ?? '';
  const phone = parsePhone(raw)?.display ?? raw;
  return (
    <span className="flex min-w-0 flex-col leading-tight">
      <span className="truncate">
        {name ? (
          <Highlight text={name} ranges={highlightRanges(name, query)} />
        ) : (
          <span className="text-fg-muted">{t('orders.unnamed')}</span>
        )}
      </span>
      <span className="tabular truncate text-xs text-fg-muted">
        {phone ? <Highlight text={phone} ranges={highlightRanges(phone, query, true)} /> : MISSING}
      </span>
    </span>
  );
}

const INVOICE_LABEL = {
  none: 'invoice.none',
  paid: 'invoice.paid',
  unpaid: 'invoice.unpaid',
  unknown: '',
} as const;

export function InvoicesCell({ order }: { order: Order }) {
  if (order.invoices === null) return <span className="text-fg-muted">{MISSING}</span>;
  if (order.invoices.length === 0) return <span className="text-fg-muted">{t('invoice.none')}</span>;
  const state = invoiceState(order.invoices);
  return (
    <span className="tabular whitespace-nowrap">
      {order.invoices.length}{' '}
      <span
        className={state === 'paid' ? 'text-fg-muted' : state === 'unpaid' ? 'text-warning' : 'text-fg-muted'}
      >
        {INVOICE_LABEL[state] && t(INVOICE_LABEL[state])}
      </span>
    </span>
  );
}

export function TextCell({ value }: { value: string | null }) {
  return value ? <span className="truncate">{value}</span> : <span className="text-fg-muted">{MISSING}</span>;
}
