import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

/** The arrow beside a sortable header, with the key's position when several keys sort. */
export function SortIndicator({ direction, index }: { direction: false | 'asc' | 'desc'; index: number }) {
  const Icon = direction === 'asc' ? ArrowUp : direction === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <span className="inline-flex items-center text-fg-muted" aria-hidden>
      <Icon className={direction ? 'size-3.5 text-fg' : 'size-3.5 opacity-40'} />
      {direction && index > 0 && <sup className="text-[10px]">{index + 1}</sup>}
    </span>
  );
}
