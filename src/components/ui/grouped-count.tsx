import { formatInteger } from '@/lib/format';

/**
 * A count as Indonesian readers group it (`87.188`) whose text is still its bare digits (`87188`): the dots
 * are drawn by CSS, for places whose text is read as one number by scripts too (the status chips).
 */
export function GroupedCount({ value }: { value: number }) {
  // The groups as the one number format makes them; only the separator is left to CSS.
  return formatInteger(value)
    .split(/\D/)
    .map((group, i) => (
      <span key={i} className={i > 0 ? "before:content-['.']" : undefined}>
        {group}
      </span>
    ));
}
