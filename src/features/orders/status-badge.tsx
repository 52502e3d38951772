import { cn } from '@/lib/cn';
import { statusInfo } from './status';

/** A status as a coloured pill; the colour comes from the one status table. */
export function StatusBadge({ status, className }: { status: string; className?: string }) {
  const info = statusInfo(status);
  return (
    <span
      title={info.description}
      className={cn(
        'inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium',
        className,
      )}
      style={{ borderColor: `color-mix(in srgb, ${info.color} 45%, transparent)`, color: info.color }}
    >
      <span aria-hidden className="size-1.5 rounded-full" style={{ background: info.color }} />
      {info.label}
    </span>
  );
}
