import { useCallback, useEffect, useRef } from 'react';
import { SideSheet } from '@/components/ui/side-sheet';
import { t } from '@/i18n/i18n';
import { useOrdersSelection } from '../model/use-orders-selection';
import { OrderVerified } from '../sync/order-verified';
import { useOrders } from '../sync/use-orders';
import { useOrdersView } from '../view-state';
import { OrderDetails } from './order-details';
import { OrderMissing } from './order-missing';
import { OrderNav } from './order-nav';
import { focusOrderRow } from './focus-order-row';

/** Mounted only while open (inside the dialog), so closed drawers never compute the table's rows. */
function ConnectedNav({ id, onOpenOrder }: { id: string; onOpenOrder: (id: string) => void }) {
  const { rows } = useOrdersSelection();
  return <OrderNav id={id} rows={rows} onOpenOrder={onOpenOrder} />;
}

/** The drawer for `?order=<id>`: the URL opens and closes it, so it is linkable and Back closes it. */
export function OrderDrawerSheet() {
  const [view, setView] = useOrdersView();
  const data = useOrders();
  const id = view.order;
  const order = id === null ? undefined : data.byId.get(id);
  const shownId = useRef(id);
  useEffect(() => {
    if (id !== null) shownId.current = id;
  }, [id]);

  // Stepping through orders replaces the history entry, so Back closes the drawer instead of replaying them.
  const step = useCallback((next: string) => setView({ order: next }, { replace: true }), [setView]);
  const open = useCallback((next: string) => setView({ order: next }), [setView]);
  const filterContact = useCallback(
    (q: string) => setView({ q, status: [], from: null, to: null, payment: [], order: null }),
    [setView],
  );

  const title = order
    ? t('drawer.title', { number: order.order_number ?? '—' })
    : data.status === 'done' && id !== null
      ? t('drawer.not_found')
      : t('column.order');

  return (
    <SideSheet
      open={id !== null}
      onOpenChange={(isOpen) => !isOpen && setView({ order: null })}
      title={title}
      testId="order-drawer"
      bodyKey={id ?? undefined}
      headerExtra={order ? <ConnectedNav id={order.id} onOpenOrder={step} /> : null}
      onOpenAutoFocus={(event) => {
        // The dialog itself takes focus, so its title is read first and no button is pressed by a stray Enter.
        event.preventDefault();
        (event.currentTarget as HTMLElement | null)?.focus();
      }}
      onCloseAutoFocus={(event) => {
        if (shownId.current !== null && focusOrderRow(shownId.current)) event.preventDefault();
      }}
    >
      {id === null ? null : order ? (
        <OrderDetails
          order={order}
          orders={data.orders}
          onOpenOrder={open}
          onFilterContact={filterContact}
          verified={<OrderVerified id={order.id} />}
        />
      ) : (
        <OrderMissing id={id} data={data} />
      )}
    </SideSheet>
  );
}
