import type { Order } from '../api/order-schema';
import { attentionOf, type AttentionThresholds } from './attention-rules';
import { lateText } from './attention-text';

type Props = {
  order: Order;
  now: number;
  thresholds: AttentionThresholds;
  /** Keep the dot's width when the order is not late, so order numbers line up in the table. */
  keepSpace?: boolean;
};

/** The mark of an order the needs-attention rules select, naming why it is late (title and screen readers). */
export function LateDot({ order, now, thresholds, keepSpace = false }: Props) {
  const item = attentionOf(order, now, thresholds);
  if (!item) return keepSpace ? <span aria-hidden className="size-2 shrink-0" /> : null;
  const label = lateText(item, thresholds[item.rule]);
  return (
    <span title={label} data-late={item.rule} className="size-2 shrink-0 rounded-full bg-warning">
      <span className="sr-only">{label}.</span>
    </span>
  );
}
