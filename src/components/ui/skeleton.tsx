import { cn } from '@/lib/cn';

/** A grey placeholder bar while content loads. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('animate-pulse rounded bg-surface-3', className)} />;
}
