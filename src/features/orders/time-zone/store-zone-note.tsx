import { Globe } from 'lucide-react';
import { t } from '@/i18n/i18n';
import { zoneAbbreviation } from '@/lib/time-zone';
import { useStoreTimeZone } from '@/lib/use-store-time-zone';

/** Which zone "today", the date filter and the chart days are counted in (`WIB`, with the IANA name on hover). */
export function StoreZoneNote() {
  const timeZone = useStoreTimeZone();
  const short = zoneAbbreviation(timeZone);
  const label = t('time_zone.note', { zone: `${short} (${timeZone})` });
  return (
    <span
      title={label}
      data-time-zone={timeZone}
      className="inline-flex items-center gap-1 text-xs text-fg-muted"
    >
      <Globe aria-hidden className="size-3.5" />
      <span aria-hidden>{short}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
