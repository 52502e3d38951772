import { SlidersHorizontal } from 'lucide-react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { t } from '@/i18n/i18n';

/** The view options menu's trigger; also what shows while the menu's code loads after the first paint. */
export function ViewOptionsButton(props: ButtonProps) {
  return (
    <Button size="sm" {...props}>
      <SlidersHorizontal className="size-4" aria-hidden />
      {t('view.button')}
    </Button>
  );
}
