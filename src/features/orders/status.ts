/** The one table of truth for order statuses: badges, filters and charts all read it. */
export type StatusInfo = {
  value: string;
  label: string;
  /** A CSS colour (a theme variable), so light and dark themes both work. */
  color: string;
  description: string;
};

export const KNOWN_STATUSES = [
  {
    value: 'pending',
    label: 'Pending',
    color: 'var(--status-pending)',
    description: 'Created, awaiting payment',
  },
  {
    value: 'paid',
    label: 'Paid',
    color: 'var(--status-paid)',
    description: 'Payment received, ready to pack',
  },
  {
    value: 'processing',
    label: 'Processing',
    color: 'var(--status-processing)',
    description: 'Being prepared',
  },
  {
    value: 'shipped',
    label: 'Shipped',
    color: 'var(--status-shipped)',
    description: 'Handed to the courier',
  },
  {
    value: 'delivered',
    label: 'Delivered',
    color: 'var(--status-delivered)',
    description: 'Received by the customer',
  },
  {
    value: 'cancelled',
    label: 'Cancelled',
    color: 'var(--status-cancelled)',
    description: 'Cancelled before fulfilment',
  },
  {
    value: 'refunded',
    label: 'Refunded',
    color: 'var(--status-refunded)',
    description: 'Payment returned to the customer',
  },
] as const satisfies readonly StatusInfo[];

export type KnownStatus = (typeof KNOWN_STATUSES)[number]['value'];

/** Revenue groups of the headline figures. */
export const COLLECTED_STATUSES: readonly string[] = ['paid', 'processing', 'shipped', 'delivered'];
export const OPEN_STATUSES: readonly string[] = ['pending'];
export const LOST_STATUSES: readonly string[] = ['cancelled', 'refunded'];

const byValue = new Map<string, StatusInfo>(KNOWN_STATUSES.map((s) => [s.value, s]));

/** Any status, including ones the API docs do not list: those are shown as themselves. */
export function statusInfo(value: string): StatusInfo {
  return (
    byValue.get(value) ?? {
      value,
      label: value === '' ? '(no status)' : value,
      color: 'var(--status-other)',
      description: 'A status the API documentation does not list, shown as the API sent it',
    }
  );
}

/** Lifecycle order: the documented statuses first, then any others alphabetically. */
export function compareStatuses(a: string, b: string): number {
  const ia = KNOWN_STATUSES.findIndex((s) => s.value === a);
  const ib = KNOWN_STATUSES.findIndex((s) => s.value === b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}
