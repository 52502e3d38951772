import { cn } from '@/lib/cn';

/** A grey placeholder bar while content loads. */
export function Skeleton({ className, round = false }: { className?: string; round?: boolean }) {
  return (
    <div
      aria-hidden
      className={cn('animate-pulse bg-surface-3', round ? 'rounded-full' : 'rounded', className)}
    />
  );
}
