import type { ReactNode } from 'react';

/** A keyboard key hint. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="rounded border border-border bg-surface-2 px-1.5 font-mono text-[11px] text-fg-muted">
      {children}
    </kbd>
  );
}
