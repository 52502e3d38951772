import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** One titled block of the drawer; the heading names it for screen-reader navigation. */
export function DetailSection({
  title,
  children,
  testId,
  action,
  className,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  action?: ReactNode;
  className?: string;
}) {
  const headingId = `drawer-section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={testId}
      className={cn('border-b border-border px-4 py-4', className)}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-xs font-semibold uppercase tracking-wide text-fg-muted">
          {title}
        </h3>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A label and its value on one row, wrapping under each other on narrow screens. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-1 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-right">{children}</dd>
    </div>
  );
}
