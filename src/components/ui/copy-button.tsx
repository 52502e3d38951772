import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';

type CopyState = 'idle' | 'copied' | 'failed';

export type CopyButtonProps = {
  value: string;
  /** The accessible name, naming what is copied: "Copy order id". */
  label: string;
  /** Show the word "Copy" / "Salin" next to the icon. */
  showText?: boolean;
  className?: string;
};

/** Copies `value` and says so (visibly and to screen readers) for a moment. */
export function CopyButton({ value, label, showText = false, className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const ok = await copyText(value);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1800);
  }

  const text = state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : t('copy.copy');
  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={label}
      title={label}
      className={cn(
        'inline-flex h-7 shrink-0 items-center gap-1 rounded-md px-1.5 text-xs transition-colors',
        'hover:bg-surface-3 hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent',
        state === 'failed' ? 'text-danger' : 'text-fg-muted',
        className,
      )}
    >
      {state === 'copied' ? (
        <Check aria-hidden className="size-3.5" />
      ) : (
        <Copy aria-hidden className="size-3.5" />
      )}
      <span aria-live="polite" className={showText || state !== 'idle' ? undefined : 'sr-only'}>
        {showText || state !== 'idle' ? text : ''}
      </span>
    </button>
  );
}
