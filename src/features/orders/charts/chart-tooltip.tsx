import type { ReactNode } from 'react';

/** The box every chart tooltip uses: exact figures, in the theme's colours. */
export function ChartTooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="tabular min-w-44 rounded-md border border-border bg-surface px-3 py-2 text-xs text-fg shadow-lg">
      <p className="mb-1 font-semibold">{title}</p>
      {children}
    </div>
  );
}

export function TooltipRow({ color, label, value }: { color?: string; label: ReactNode; value: ReactNode }) {
  return (
    <p className="flex items-center justify-between gap-4">
      <span className="flex items-center gap-1.5 text-fg-muted">
        {color && <span aria-hidden className="size-2 rounded-sm" style={{ background: color }} />}
        {label}
      </span>
      <span className="font-medium">{value}</span>
    </p>
  );
}
