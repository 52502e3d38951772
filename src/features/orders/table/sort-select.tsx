import { ArrowDownWideNarrow, ArrowUpNarrowWide } from 'lucide-react';
import { t } from '@/i18n/i18n';
import { effectiveSort } from '../model/sort-orders';
import { ORDER_COLUMNS, orderColumn } from '../order-columns';
import type { SetOrdersView, SortKey } from '../view-state';

const control =
  'h-8 rounded-md border border-border bg-surface px-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent';

/** Sorting where there is no header row to click (the phone's cards): a column, then a direction. */
export function SortSelect({ sort, setView }: { sort: readonly SortKey[]; setView: SetOrdersView }) {
  const first = effectiveSort(sort)[0]!;
  const Icon = first.desc ? ArrowDownWideNarrow : ArrowUpNarrowWide;
  return (
    <span className="flex items-center gap-1">
      <select
        aria-label={t('sort.by')}
        value={first.id}
        onChange={(e) =>
          setView({ sort: [{ id: e.target.value, desc: orderColumn(e.target.value)?.descFirst ?? false }] })
        }
        className={control}
      >
        {ORDER_COLUMNS.map((c) => (
          <option key={c.id} value={c.id}>
            {t(c.label)}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={first.desc ? t('sort.descending') : t('sort.ascending')}
        title={first.desc ? t('sort.descending') : t('sort.ascending')}
        onClick={() => setView({ sort: [{ id: first.id, desc: !first.desc }] })}
        className={`${control} inline-flex items-center`}
      >
        <Icon aria-hidden className="size-4" />
      </button>
    </span>
  );
}
