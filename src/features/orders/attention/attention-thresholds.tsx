import { SlidersHorizontal } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Popover } from '@/components/ui/popover';
import { Input } from '@/components/ui/input';
import { t } from '@/i18n/i18n';
import { ATTENTION_RULES, DEFAULT_THRESHOLDS, type AttentionThresholds } from './attention-rules';
import { RULE_NAME } from './attention-text';
import { attentionThresholds } from './use-attention';

/** The per-rule thresholds, in hours, changed in place and kept in this browser. */
export function AttentionThresholdsMenu({ thresholds }: { thresholds: AttentionThresholds }) {
  const id = useId();
  return (
    <Popover
      trigger={
        <Button size="sm" variant="ghost">
          <SlidersHorizontal aria-hidden className="size-4" />
          <span className="max-sm:sr-only">{t('attention.settings')}</span>
        </Button>
      }
    >
      <p className="text-fg-muted">{t('attention.settings_help')}</p>
      {ATTENTION_RULES.map((rule) => (
        <div key={rule} className="flex items-center justify-between gap-2">
          <label htmlFor={`${id}-${rule}`}>{t(RULE_NAME[rule])}</label>
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
            <span className="text-fg-muted">{t('attention.hours')}</span>
          </span>
        </div>
      ))}
      <Button size="sm" variant="ghost" onClick={() => attentionThresholds.set(DEFAULT_THRESHOLDS)}>
        {t('attention.reset')}
      </Button>
    </Popover>
  );
}
