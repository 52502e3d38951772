import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { t } from '@/i18n/i18n';

export function TableSkeleton() {
  return (
    <div aria-busy="true" aria-label={t('sync.loading')} className="flex flex-col gap-3 p-4">
      {Array.from({ length: 10 }, (_, i) => (
        <div key={i} className="flex items-center gap-4">
          <Skeleton className="h-4 w-16" />
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton round className="h-5 w-20" />
          <Skeleton className="h-4 w-24" />
        </div>
      ))}
    </div>
  );
}

export function NoOrders({ failed }: { failed: boolean }) {
  return (
    <EmptyState title={failed ? t('empty.failed') : t('empty.none')}>
      {failed ? t('empty.failed_hint') : t('empty.none_hint')}
    </EmptyState>
  );
}

export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      title={t('empty.no_match')}
      action={
        <Button variant="primary" size="sm" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      }
    >
      {t('empty.no_match_hint')}
    </EmptyState>
  );
}
