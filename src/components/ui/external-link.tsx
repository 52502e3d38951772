import { ExternalLink as ExternalLinkIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { t } from '@/i18n/i18n';
import { cn } from '@/lib/cn';

/** A link that opens in a new tab, says so to screen readers, and never gives the new page `window.opener`. */
export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={cn(
        'inline-flex items-center gap-1 text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
        className,
      )}
    >
      {children} <ExternalLinkIcon aria-hidden className="size-3.5" />
      <span className="sr-only">({t('link.new_tab')})</span>
    </a>
  );
}
