import type { ReactNode } from 'react';
import type { Order } from '../api/order-schema';
import { OrderContact } from './order-contact';
import { OrderConversation } from './order-conversation';
import { OrderInvoices } from './order-invoices';
import { OrderOverview } from './order-overview';
import { OrderRawJson } from './order-raw-json';
import { OrderReceipt } from './order-receipt';

type Props = {
  order: Order;
  orders: readonly Order[];
  onOpenOrder: (id: string) => void;
  onFilterContact: (q: string) => void;
  /** Shown under the overview: when the server last verified this order (mirror mode). */
  verified?: ReactNode;
};

/** Everything known about one order, top to bottom in the order staff ask about it. */
export function OrderDetails({ order, orders, onOpenOrder, onFilterContact, verified }: Props) {
  return (
    <>
      <OrderOverview order={order} verified={verified} />
      <OrderContact
        order={order}
        orders={orders}
        onOpenOrder={onOpenOrder}
        onFilterContact={onFilterContact}
      />
      <OrderReceipt order={order} />
      <OrderInvoices order={order} />
      <OrderConversation order={order} />
      <OrderRawJson order={order} />
    </>
  );
}
