import { ChevronDown, Download } from 'lucide-react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { t } from '@/i18n/i18n';

/** The export menu's trigger; also what shows while the menu's code loads after the first paint. */
export function ExportTrigger(props: ButtonProps) {
  return (
    <Button size="sm" {...props}>
      <Download className="size-4" aria-hidden />
      {t('csv.export')}
      <ChevronDown className="size-3.5" aria-hidden />
    </Button>
  );
}
