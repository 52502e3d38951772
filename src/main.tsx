import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { getOrdersSync, ordersSyncQueryOptions } from './features/orders/sync/use-orders';
import { createQueryClient } from './lib/query-client';
import { initialLang, loadLang } from './i18n/i18n';
import './index.css';

const queryClient = createQueryClient();
// The sync (stored orders first, then page 1) starts while React renders the first frame, not after it:
// the table's first rows are what everyone opens the dashboard for.
void queryClient.prefetchQuery(ordersSyncQueryOptions(getOrdersSync(queryClient)));

// The catalog chunk loads alongside the sync's first request; a failed load still renders (keys show).
void loadLang(initialLang())
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <AppProviders client={queryClient}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
  );
