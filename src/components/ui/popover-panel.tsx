import * as RadixPopover from '@radix-ui/react-popover';
import { useRef, type ReactNode, type RefObject } from 'react';
import { cn } from '@/lib/cn';

const WIDTHS = { md: 'w-72', lg: 'w-80 max-w-[95vw]' } as const;

export type PanelProps = {
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The trigger the panel sits beside and gives focus back to. */
  anchor: RefObject<HTMLButtonElement | null>;
  width?: keyof typeof WIDTHS;
  children: ReactNode;
};

/** The one look of a panel opened from a button: a bordered card under its trigger, aligned to its end. */
export default function PopoverPanel({ id, open, onOpenChange, anchor, width = 'md', children }: PanelProps) {
  const leftBy = useRef<'outside' | 'inside'>('inside');
  return (
    <RadixPopover.Root open={open} onOpenChange={onOpenChange}>
      <RadixPopover.Anchor virtualRef={anchor} />
      <RadixPopover.Portal>
        <RadixPopover.Content
          id={id}
          align="end"
          sideOffset={6}
          onInteractOutside={(event) => {
            // The trigger toggles the panel itself; any other outside interaction closes it and keeps its focus.
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
            else leftBy.current = 'outside';
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (leftBy.current === 'inside') anchor.current?.focus();
            leftBy.current = 'inside';
          }}
          className={cn(
            'z-50 flex flex-col gap-3 rounded-lg border border-border bg-surface p-3 text-sm text-fg shadow-lg',
            WIDTHS[width],
          )}
        >
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
