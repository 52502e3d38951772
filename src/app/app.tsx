import { AlertsMenu } from '@/features/orders/alerts/alerts-menu';
import { AttentionEntry } from '@/features/orders/attention/attention-entry';
import { AttentionQueueSlot } from '@/features/orders/attention/attention-queue-slot';
import { SavedViewsBar } from '@/features/orders/saved-views/saved-views-bar';
import { RevenueSection } from '@/features/orders/charts/revenue-section';
import { OrderDrawer } from '@/features/orders/drawer/order-drawer';
import { SyncStatus } from '@/features/orders/sync/sync-status';
import { OrdersTableView } from '@/features/orders/table/orders-table-view';
import { t } from '@/i18n/i18n';
import { LangSwitch } from './lang-switch';
import { SignOutButton } from './sign-out-button';

export function App() {
  return (
    <div className="flex min-h-full flex-col">
      <header className="sticky top-0 z-20 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-border bg-surface px-4 py-2.5">
        <h1 className="flex shrink-0 items-center gap-2 text-base font-semibold">
          <img src="/favicon.svg" alt="" className="size-6" />
          {t('app.title')}
        </h1>
        <AttentionEntry />
        {/* A phone has two rows: title, queue and language; then the sync line with its buttons and alerts. */}
        <LangSwitch className="ml-auto sm:order-last sm:ml-0" />
        <div className="flex min-w-0 basis-full items-center gap-1 sm:flex-1 sm:basis-0">
          <SyncStatus />
          <AlertsMenu />
          <SignOutButton />
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-[1600px] flex-1 flex-col gap-4 p-3 sm:p-4">
        <SavedViewsBar />
        <AttentionQueueSlot />
        <RevenueSection />
        <OrdersTableView />
      </main>
      <OrderDrawer />
    </div>
  );
}
