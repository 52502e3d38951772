import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check } from 'lucide-react';
import { t } from '@/i18n/i18n';
import { ViewOptionsButton } from './view-options-button';

export type ToggleOption = { id: string; label: string; checked: boolean; disabled?: boolean };
export type Density = 'comfortable' | 'compact';

type Props = {
  columns: ToggleOption[];
  onToggleColumn: (id: string, visible: boolean) => void;
  density: Density;
  onDensity: (density: Density) => void;
};

const item =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface-3';

/** Which columns show and how tall rows are (loaded after the first paint: the default export is for `lazy`). */
export default function ViewOptionsMenu({ columns, onToggleColumn, density, onDensity }: Props) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <ViewOptionsButton />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border border-border bg-surface p-1 text-fg shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">
            {t('view.columns')}
          </DropdownMenu.Label>
          {columns.map((c) => (
            <DropdownMenu.CheckboxItem
              key={c.id}
              className={item}
              checked={c.checked}
              disabled={c.disabled}
              onSelect={(e) => e.preventDefault()}
              onCheckedChange={(v) => onToggleColumn(c.id, v === true)}
            >
              <span className="inline-flex size-4 items-center justify-center">
                <DropdownMenu.ItemIndicator>
                  <Check className="size-4" aria-hidden />
                </DropdownMenu.ItemIndicator>
              </span>
              {c.label}
            </DropdownMenu.CheckboxItem>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">
            {t('view.density')}
          </DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={density} onValueChange={(v) => onDensity(v as Density)}>
            {(['comfortable', 'compact'] as const).map((d) => (
              <DropdownMenu.RadioItem key={d} value={d} className={item}>
                <span className="inline-flex size-4 items-center justify-center">
                  <DropdownMenu.ItemIndicator>
                    <Check className="size-4" aria-hidden />
                  </DropdownMenu.ItemIndicator>
                </span>
                {d === 'comfortable' ? t('view.comfortable') : t('view.compact')}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
