import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { t } from '@/i18n/i18n';
import type { Order } from '../api/order-schema';
import { ALWAYS_VISIBLE, ORDER_COLUMNS } from '../order-columns';

export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature });

const helper = createColumnHelper<typeof features, Order>();

/** TanStack's view of ORDER_COLUMNS for the header (sorting is manual, so the accessor is never read). */
export function tableColumns() {
  return helper.columns(
    ORDER_COLUMNS.map((c) =>
      helper.accessor((o) => o.id, {
        id: c.id,
        header: t(c.label),
        sortDescFirst: c.descFirst,
        enableHiding: c.id !== ALWAYS_VISIBLE,
      }),
    ),
  );
}
