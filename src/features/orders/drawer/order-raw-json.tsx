import { t } from '@/i18n/i18n';
import { useMemo } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { Order } from '../api/order-schema';

/** The order as held (every upstream field kept), for support questions the sections above don't answer. */
export function OrderRawJson({ order }: { order: Order }) {
  const json = useMemo(() => {
    // createdAtMs is ours, not the API's.
    const { createdAtMs: _derived, ...fields } = order;
    return JSON.stringify(fields, null, 2);
  }, [order]);
  return (
    <details className="group px-4 py-4">
      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-fg-muted hover:text-fg">
        {t('raw.title')}
      </summary>
      <div className="relative mt-2">
        <CopyButton
          value={json}
          label={t('copy.json')}
          showText
          className="absolute right-1 top-1 bg-surface"
        />
        <pre className="max-h-96 overflow-auto rounded-md border border-border bg-surface-2 p-3 font-mono text-xs leading-relaxed">
          {json}
        </pre>
      </div>
    </details>
  );
}
