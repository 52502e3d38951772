import { cloneElement, lazy, Suspense, useId, useRef, useState, type ReactElement, type Ref } from 'react';
import { usePreloadWhenIdle } from '@/lib/use-preload-when-idle';
import type { ButtonProps } from './button';
import type { PanelProps } from './popover-panel';

// Radix Popover (with its focus and positioning helpers) is only needed once a panel opens.
const loadPanel = () => import('./popover-panel');
const PopoverPanel = lazy(loadPanel);

/** Whether the panel was never opened (its code may not be here yet), is open, or was closed. */
type PanelState = 'never' | 'open' | 'closed';

type PopoverProps = Pick<PanelProps, 'width' | 'children'> & {
  /** The button that opens the panel: it is in the first paint, with the panel's ARIA state. */
  trigger: ReactElement<ButtonProps & { ref?: Ref<HTMLButtonElement> }>;
  onOpenChange?: (open: boolean) => void;
};

/** A button that opens a panel of controls beside it; the trigger renders at once, the panel's code on demand. */
export function Popover({ trigger, onOpenChange, ...panel }: PopoverProps) {
  const [state, setState] = useState<PanelState>('never');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentId = useId();
  usePreloadWhenIdle(loadPanel);
  const open = state === 'open';
  const setOpen = (next: boolean) => {
    setState(next ? 'open' : 'closed');
    onOpenChange?.(next);
  };
  return (
    <>
      {cloneElement(trigger, {
        ref: triggerRef,
        'aria-haspopup': 'dialog',
        'aria-expanded': open,
        'aria-controls': open ? contentId : undefined,
        onPointerEnter: () => void loadPanel(),
        onFocus: () => void loadPanel(),
        onClick: () => setOpen(!open),
      })}
      {state !== 'never' && (
        <Suspense fallback={null}>
          <PopoverPanel id={contentId} open={open} onOpenChange={setOpen} anchor={triggerRef} {...panel} />
        </Suspense>
      )}
    </>
  );
}
