import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dashboardConfigQuery } from '@/lib/dashboard-config';
import { OrderDetails } from './order-details';
import { testOrder } from './test-order';

function renderOrder(order = testOrder(), orders = [order], storeZone = 'Asia/Jakarta') {
  const onOpenOrder = vi.fn();
  const onFilterContact = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(dashboardConfigQuery.queryKey, { mirror: false, storeTimeZone: storeZone });
  render(
    <QueryClientProvider client={client}>
      <OrderDetails
        order={order}
        orders={orders}
        onOpenOrder={onOpenOrder}
        onFilterContact={onFilterContact}
      />
    </QueryClientProvider>,
  );
  return { onOpenOrder, onFilterContact };
}

describe('OrderDetails', () => {
  it('shows hostile text as text and makes no link of a javascript: URL', () => {
    const name = '<img src=x onerror="window.__xss=1">Budi';
    renderOrder(
      testOrder({
        contact: { id: 'c', display_name: name, phone_number: '6281234567890' },
        invoices: [{ invoice_number: 'INV/1', status: 'PAID', invoice_url: 'javascript:window.__xss=1' }],
      }),
    );
    expect(screen.getByText(name)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('javascript:window.__xss=1').closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: /open invoice/i })).toBeNull();
  });

  it('links the phone by tel: and WhatsApp', () => {
    renderOrder();
    expect(screen.getByRole('link', { name: 'Call' })).toHaveAttribute('href', 'tel:+6281234567890');
    expect(screen.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/6281234567890',
    );
    expect(screen.getByText('+62 812-3456-7890')).toBeInTheDocument();
  });

  it("dates the order on the store's clock and names the zone, whatever the device's", () => {
    const created = testOrder({ createdAtMs: Date.parse('2026-04-08T16:30:00Z') });
    const other = testOrder({ id: 'b', order_number: 1000, createdAtMs: Date.parse('2026-04-08T15:30:00Z') });
    renderOrder(created, [created, other], 'Asia/Makassar');
    expect(screen.getByText('9 Apr 2026, 00:30', { exact: false })).toBeInTheDocument();
    expect(screen.getByTitle('Asia/Makassar')).toHaveTextContent('WITA');
    const list = screen.getByRole('list', { name: 'Other orders from this contact' });
    expect(within(list).getByText('8 Apr 2026')).toBeInTheDocument();
  });

  it('says plainly when contact or invoices are missing', () => {
    renderOrder(testOrder({ contact: null, invoices: null }));
    expect(screen.getByText('No contact details came with this order.')).toBeInTheDocument();
    expect(screen.getByText('The API sent no invoice details for this order.')).toBeInTheDocument();
  });

  it('calls a contact without a name "Unnamed contact"', () => {
    renderOrder(testOrder({ contact: { id: 'c', display_name: '  ', phone_number: null } }));
    expect(screen.getByText('Unnamed contact')).toBeInTheDocument();
    expect(screen.getByText('No phone number')).toBeInTheDocument();
  });

  it('notes totals that do not add up and keeps the API figure', () => {
    renderOrder(testOrder({ grand_total: 300000 }));
    expect(screen.getByRole('note')).toHaveTextContent("These amounts don't add up");
    const amounts = screen.getByRole('region', { name: 'Amounts' });
    expect(within(amounts).getByText(/^Rp\s300\.000$/)).toBeInTheDocument();
  });

  it("lists the contact's other orders and opens one on click; filters the table to the contact", async () => {
    const user = userEvent.setup();
    const current = testOrder({ id: 'a' });
    const other = testOrder({ id: 'b', order_number: 1000, order_status: 'paid' });
    const { onOpenOrder, onFilterContact } = renderOrder(current, [current, other]);
    const list = screen.getByRole('list', { name: 'Other orders from this contact' });
    await user.click(within(list).getByRole('button', { name: /#1000/ }));
    expect(onOpenOrder).toHaveBeenCalledWith('b');
    await user.click(screen.getByRole('button', { name: 'Show in table' }));
    expect(onFilterContact).toHaveBeenCalledWith('6281234567890');
  });
});
