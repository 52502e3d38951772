import * as Popover from '@radix-ui/react-popover';
import { SlidersHorizontal } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { say } from '@/lib/staff-language';
import { ATTENTION_RULES, DEFAULT_THRESHOLDS, type AttentionThresholds } from './attention-rules';
import { attentionWords, ruleWords } from './attention-words';
import { attentionThresholds } from './use-attention';

/** The per-rule thresholds, in hours, changed in place and kept in this browser. */
export function AttentionThresholdsMenu({ thresholds }: { thresholds: AttentionThresholds }) {
  const id = useId();
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button size="sm" variant="ghost">
          <SlidersHorizontal aria-hidden className="size-4" />
          <span className="max-sm:sr-only">{say(attentionWords.settings)}</span>
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 flex w-72 flex-col gap-2 rounded-lg border border-border bg-surface p-3 text-sm text-fg shadow-lg"
        >
          <p className="text-fg-muted">{say(attentionWords.settingsHelp)}</p>
          {ATTENTION_RULES.map((rule) => (
            <div key={rule} className="flex items-center justify-between gap-2">
              <label htmlFor={`${id}-${rule}`}>{say(ruleWords[rule].name)}</label>
              <span className="flex items-center gap-1">
                <Input
                  id={`${id}-${rule}`}
                  type="number"
                  min={0}
                  step={1}
                  size="sm"
                  className="w-20 text-right"
                  value={thresholds[rule]}
                  onChange={(e) => {
                    const hours = e.target.valueAsNumber;
                    if (Number.isFinite(hours) && hours >= 0)
                      attentionThresholds.set({ ...thresholds, [rule]: hours });
                  }}
                />
                <span className="text-fg-muted">{say(attentionWords.hours)}</span>
              </span>
            </div>
          ))}
          <Button size="sm" variant="ghost" onClick={() => attentionThresholds.set(DEFAULT_THRESHOLDS)}>
            {say(attentionWords.reset)}
          </Button>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
