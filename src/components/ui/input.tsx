import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from '@/lib/cn';

export type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> & {
  ref?: Ref<HTMLInputElement>;
  size?: 'sm' | 'md';
};

export function Input({ className, size = 'md', ...props }: InputProps) {
  return (
    <input
      className={cn(
        size === 'sm' ? 'h-8' : 'h-9',
        'rounded-md border border-border bg-surface px-2.5 text-sm text-fg placeholder:text-fg-muted',
        'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent',
        className,
      )}
      {...props}
    />
  );
}
