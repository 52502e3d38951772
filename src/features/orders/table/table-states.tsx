import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';

export function TableSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading orders" className="flex flex-col gap-3 p-4">
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
    <EmptyState title={failed ? 'Orders could not be loaded' : 'No orders yet'}>
      {failed
        ? 'The message at the top says what went wrong; orders appear here once loading works.'
        : 'Orders created in Cekat chats will appear here.'}
    </EmptyState>
  );
}

export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      title="No orders match"
      action={
        <Button variant="primary" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      }
    >
      Nothing held matches these filters and this search.
    </EmptyState>
  );
}
