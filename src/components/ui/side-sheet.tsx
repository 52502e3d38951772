import { t } from '@/i18n/i18n';
import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type SideSheetProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The dialog's accessible name, shown as its heading. */
  title: ReactNode;
  /** Beside the title: status, navigation, anything short. */
  headerExtra?: ReactNode;
  children: ReactNode;
  onCloseAutoFocus?: (event: Event) => void;
  testId?: string;
  /** Changing it remounts the scrolling body, so a new subject starts at the top. */
  bodyKey?: string;
  className?: string;
} & Pick<ComponentProps<typeof Dialog.Content>, 'onOpenAutoFocus'>;

/** A modal panel from the right edge (full screen on a phone), on Radix Dialog for focus trap, Esc and labelling. */
export function SideSheet({
  open,
  onOpenChange,
  title,
  headerExtra,
  children,
  onCloseAutoFocus,
  onOpenAutoFocus,
  testId,
  bodyKey,
  className,
}: SideSheetProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          data-testid={testId}
          aria-describedby={undefined}
          onCloseAutoFocus={onCloseAutoFocus}
          onOpenAutoFocus={onOpenAutoFocus}
          className={cn(
            'fixed inset-0 z-50 flex flex-col bg-surface text-fg shadow-2xl outline-none',
            'sm:inset-y-0 sm:left-auto sm:right-0 sm:w-[540px] sm:max-w-[100vw] sm:border-l sm:border-border',
            className,
          )}
        >
          <header className="flex items-start gap-2 border-b border-border px-4 py-3">
            <Dialog.Title className="min-w-0 flex-1 text-lg font-semibold leading-tight">
              {title}
            </Dialog.Title>
            {headerExtra}
            <Dialog.Close
              aria-label={t('common.close')}
              className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-fg-muted hover:bg-surface-3 hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
            >
              <X aria-hidden className="size-4" />
            </Dialog.Close>
          </header>
          <div key={bodyKey} className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
            {children}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
