import { CalendarDays } from 'lucide-react';
import { useRef, useState } from 'react';
import { Input } from '@/components/ui/input';
import { t } from '@/i18n/i18n';
import { formatDayInput, parseDayInput } from '@/lib/day-input';

type Props = {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onChange: (day: string | null) => void;
};

/** A day typed as the reader writes it (`30/11/2026`), committed on Enter or leaving; a calendar beside it. */
export function DayInput({ label, value, min, max, onChange }: Props) {
  const [text, setText] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const shown = text ?? formatDayInput(value);
  const invalid = text !== null && text.trim() !== '' && parseDayInput(text) === null;
  const commit = () => {
    if (text === null) return;
    if (text.trim() === '') onChange(null);
    else if (parseDayInput(text) !== null) onChange(parseDayInput(text));
    else return;
    setText(null);
  };
  return (
    <span className="relative inline-flex items-center">
      <Input
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={invalid ? t('dates.invalid') : undefined}
        inputMode="numeric"
        placeholder={t('dates.placeholder')}
        value={shown}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        size="sm"
        className="w-[8.5rem] pr-8 aria-invalid:border-danger"
      />
      <button
        type="button"
        aria-label={t('dates.pick', { label })}
        onClick={() => picker.current?.showPicker?.()}
        className="absolute right-1 rounded p-1 text-fg-muted hover:text-fg focus-visible:outline-2 focus-visible:outline-accent"
      >
        <CalendarDays aria-hidden className="size-4" />
      </button>
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden
        value={value ?? ''}
        min={min ?? undefined}
        max={max ?? undefined}
        onChange={(e) => onChange(e.target.value || null)}
        className="pointer-events-none absolute right-0 bottom-0 size-0 opacity-0"
      />
    </span>
  );
}
