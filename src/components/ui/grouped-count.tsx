/**
 * A count as Indonesian readers group it (`87.188`) whose text is still its bare digits (`87188`): the dots
 * are drawn by CSS, for places whose text is read as one number by scripts too (the status chips).
 */
export function GroupedCount({ value }: { value: number }) {
  const digits = String(value);
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.map((group, i) => (
    <span key={i} className={i > 0 ? "before:content-['.']" : undefined}>
      {group}
    </span>
  ));
}
