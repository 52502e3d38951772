import type { Order } from '../api/order-schema';

/** The statuses the queue watches, each a rule of its own: an order waiting too long in it needs a person. */
export const ATTENTION_RULES = ['pending', 'paid', 'processing', 'shipped'] as const;
export type AttentionRule = (typeof ATTENTION_RULES)[number];

/** How long (in hours) an order may stay in each watched status before it needs attention. */
export type AttentionThresholds = Record<AttentionRule, number>;

export const DEFAULT_THRESHOLDS: AttentionThresholds = {
  pending: 24,
  paid: 48,
  processing: 48,
  shipped: 7 * 24,
};

const HOUR_MS = 3600e3;

export type AttentionItem = {
  order: Order;
  rule: AttentionRule;
  /** Time since `created_at`. */
  ageMs: number;
  /** How many thresholds old the order is (1.5 = half again its allowance): what "most urgent" sorts by. */
  lateness: number;
};

export type AttentionResult = {
  items: AttentionItem[];
  perRule: Record<AttentionRule, number>;
};

const isRule = (status: string): status is AttentionRule =>
  (ATTENTION_RULES as readonly string[]).includes(status);

/** An order is late when it has been in a watched status strictly longer than that status's threshold. */
export function attentionOf(
  order: Order,
  now: number,
  thresholds: AttentionThresholds,
): AttentionItem | null {
  const rule = order.order_status;
  if (!isRule(rule) || order.createdAtMs === null) return null;
  const ageMs = now - order.createdAtMs;
  const limitMs = thresholds[rule] * HOUR_MS;
  if (!(ageMs > limitMs)) return null;
  return { order, rule, ageMs, lateness: limitMs > 0 ? ageMs / limitMs : Infinity };
}

/** The late orders, most urgent first (then oldest first), with a count per rule. */
export function selectAttention(
  orders: Iterable<Order>,
  now: number,
  thresholds: AttentionThresholds,
): AttentionResult {
  const perRule: Record<AttentionRule, number> = { pending: 0, paid: 0, processing: 0, shipped: 0 };
  const items: AttentionItem[] = [];
  for (const order of orders) {
    const item = attentionOf(order, now, thresholds);
    if (!item) continue;
    items.push(item);
    perRule[item.rule]++;
  }
  items.sort((a, b) => b.lateness - a.lateness || b.ageMs - a.ageMs);
  return { items, perRule };
}

/** Thresholds as stored by a browser: any missing, negative or non-numeric value falls back to the default. */
export function readThresholds(stored: unknown): AttentionThresholds {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const out = { ...DEFAULT_THRESHOLDS };
  for (const rule of ATTENTION_RULES) {
    const value = record[rule];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[rule] = value;
  }
  return out;
}
