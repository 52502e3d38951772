import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { usePreloadWhenIdle } from '@/lib/use-preload-when-idle';
import { useOrdersView } from '../view-state';

// The queue (list, rule chips, thresholds) is opened by a click or a link, so it is not in the first load.
const loadQueue = () => import('./attention-queue');
const AttentionQueue = lazy(() => loadQueue().then((m) => ({ default: m.AttentionQueue })));

/** Where the needs-attention queue (`?queue=attention`) shows: its code is fetched when idle or when opened. */
export function AttentionQueueSlot() {
  const [view] = useOrdersView();
  usePreloadWhenIdle(loadQueue);
  if (view.queue !== 'attention') return null;
  return (
    <Suspense fallback={<QueueLoading />}>
      <AttentionQueue />
    </Suspense>
  );
}

/** The queue's frame at its header's height while its code arrives. */
function QueueLoading() {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-3">
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-8 w-full" />
    </section>
  );
}
