import type { ReactNode } from 'react';

/** A centred message where a list has nothing to show, with an optional way out. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div role="status" className="flex flex-col items-center gap-2 px-4 py-16 text-center">
      <p className="font-medium">{title}</p>
      {children && <p className="max-w-md text-sm text-fg-muted">{children}</p>}
      {action}
    </div>
  );
}
