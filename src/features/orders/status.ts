import { t } from '@/i18n/i18n';

/** The one table of truth for order statuses: badges, filters and charts all read it. */
export type StatusInfo = {
  value: string;
  /** In the chosen language; an unknown status is shown as the API spells it. */
  label: string;
  /** A CSS colour (a theme variable), so light and dark themes both work. */
  color: string;
  description: string;
};

/** Catalog keys of each documented status's short name (a chip's word) and its one-line meaning. */
export const KNOWN_STATUSES = [
  {
    value: 'pending',
    color: 'var(--status-pending)',
    label: 'status.pending',
    description: 'status.pending.about',
  },
  { value: 'paid', color: 'var(--status-paid)', label: 'status.paid', description: 'status.paid.about' },
  {
    value: 'processing',
    color: 'var(--status-processing)',
    label: 'status.processing',
    description: 'status.processing.about',
  },
  {
    value: 'shipped',
    color: 'var(--status-shipped)',
    label: 'status.shipped',
    description: 'status.shipped.about',
  },
  {
    value: 'delivered',
    color: 'var(--status-delivered)',
    label: 'status.delivered',
    description: 'status.delivered.about',
  },
  {
    value: 'cancelled',
    color: 'var(--status-cancelled)',
    label: 'status.cancelled',
    description: 'status.cancelled.about',
  },
  {
    value: 'refunded',
    color: 'var(--status-refunded)',
    label: 'status.refunded',
    description: 'status.refunded.about',
  },
] as const;

export type KnownStatus = (typeof KNOWN_STATUSES)[number]['value'];

/** Revenue groups of the headline figures. */
export const COLLECTED_STATUSES: readonly string[] = ['paid', 'processing', 'shipped', 'delivered'];
export const OPEN_STATUSES: readonly string[] = ['pending'];
export const LOST_STATUSES: readonly string[] = ['cancelled', 'refunded'];

const byValue = new Map<string, (typeof KNOWN_STATUSES)[number]>(KNOWN_STATUSES.map((s) => [s.value, s]));

/** Any status, including ones the API docs do not list: those are shown as themselves. */
export function statusInfo(value: string): StatusInfo {
  const known = byValue.get(value);
  if (known) return { value, color: known.color, label: t(known.label), description: t(known.description) };
  return {
    value,
    label: value === '' ? t('status.none') : value,
    color: 'var(--status-other)',
    description: t('status.unknown.about'),
  };
}

/** Lifecycle order: the documented statuses first, then any others alphabetically. */
export function compareStatuses(a: string, b: string): number {
  const ia = KNOWN_STATUSES.findIndex((s) => s.value === a);
  const ib = KNOWN_STATUSES.findIndex((s) => s.value === b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}
