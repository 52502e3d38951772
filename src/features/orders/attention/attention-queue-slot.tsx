import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { useMediaQuery } from '@/lib/use-media-query';
import { usePreloadWhenIdle } from '@/lib/use-preload-when-idle';
import { useOrdersView } from '../view-state';

// The queue (list, rule chips, thresholds) is opened by a click or a link, so it is not in the first load.
const loadQueue = () => import('./attention-queue');
const AttentionQueue = lazy(() => loadQueue().then((m) => ({ default: m.AttentionQueue })));
const AttentionPreview = lazy(() => loadQueue().then((m) => ({ default: m.AttentionPreview })));

/**
 * Where the needs-attention queue (`?queue=attention`) shows; on a phone, without it, its most urgent orders
 * come first anyway. Its code is fetched when idle or when shown.
 */
export function AttentionQueueSlot() {
  const [view] = useOrdersView();
  const phone = useMediaQuery('(max-width: 639px)');
  usePreloadWhenIdle(loadQueue);
  if (view.queue === 'attention')
    return (
      <Suspense fallback={<QueueLoading />}>
        <AttentionQueue />
      </Suspense>
    );
  if (!phone) return null;
  return (
    <Suspense fallback={null}>
      <AttentionPreview />
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
