import { useOrdersSelection } from '../model/use-orders-selection';
import { FirstPageTable } from './first-page-table';

/** The orders table with its toolbar (filters, search, summary). */
export function OrdersTableView() {
  const { rows } = useOrdersSelection();
  return (
    <section aria-label="Orders" className="overflow-x-auto rounded-lg border border-border bg-surface">
      <FirstPageTable orders={rows} />
    </section>
  );
}
