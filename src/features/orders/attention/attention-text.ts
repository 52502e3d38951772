import { t } from '@/i18n/i18n';
import { formatInteger } from '@/lib/format';
import type { AttentionItem, AttentionRule } from './attention-rules';

/** Each rule's name, as a catalog key. */
export const RULE_NAME: Record<AttentionRule, string> = {
  pending: 'attention.rule.pending',
  paid: 'attention.rule.paid',
  processing: 'attention.rule.processing',
  shipped: 'attention.rule.shipped',
};

/** Why an order under the rule is late (`{limit}`), as a catalog key. */
const RULE_WHY: Record<AttentionRule, string> = {
  pending: 'attention.rule.pending.why',
  paid: 'attention.rule.paid.why',
  processing: 'attention.rule.processing.why',
  shipped: 'attention.rule.shipped.why',
};

const DAY_HOURS = 24;

/** "3 days" / "3 hari", or hours under a day ("5 hours" / "5 jam"). */
export function spanText(hours: number): string {
  if (hours >= DAY_HOURS) {
    const days = Math.floor(hours / DAY_HOURS);
    return t('attention.span.days', { count: days, n: formatInteger(days) });
  }
  const whole = Math.max(0, Math.floor(hours));
  return t('attention.span.hours', { count: whole, n: formatInteger(whole) });
}

/** "waiting 3 days" / "menunggu 3 hari". */
export function waitingText(ageMs: number): string {
  return t('attention.waiting', { span: spanText(ageMs / 3600e3) });
}

/** Why the order is in the queue, with the threshold it passed. */
export function whyText(rule: AttentionRule, limitHours: number): string {
  return t(RULE_WHY[rule], { limit: spanText(limitHours) });
}

/** "Not paid after 1 day · waiting 3 days": why a late order is marked, where the queue is not in view. */
export function lateText(item: AttentionItem, limitHours: number): string {
  return `${whyText(item.rule, limitHours)} · ${waitingText(item.ageMs)}`;
}
