import { I18nProvider, useLingui } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

/** A language switch remounts the screen, so plain `t()` calls anywhere re-read the catalog (the view lives in the URL). */
function RemountOnLocale({ children }: { children: ReactNode }) {
  const { i18n: active } = useLingui();
  return <Fragment key={active.locale}>{children}</Fragment>;
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider i18n={i18n}>
        <RemountOnLocale>{children}</RemountOnLocale>
      </I18nProvider>
    </QueryClientProvider>
  );
}
