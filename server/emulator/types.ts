export const ORDER_STATUSES = [
  'pending',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Amounts are whole rupiah numbers, except in awkward orders where they may be strings or null. */
export type RawAmount = number | string | null;

/** Undocumented upstream; modelled on a Xendit invoice. Awkward orders may add or drop fields. */
export type RawInvoice = {
  id: string;
  invoice_number: string;
  status: string;
  amount?: RawAmount;
  currency?: string;
  invoice_url: string;
  created_at: string;
  paid_at: string | null;
  expiry_date: string;
  payment_channel: string | null;
  [extra: string]: unknown;
};

export type RawContact = { id: string; display_name: string | null; phone_number: string };

/** One order as it goes over the wire. Awkward orders loosen the types as marked. */
export type RawOrder = {
  id: string;
  order_number: number;
  order_status: string;
  subtotal: RawAmount;
  discount: RawAmount;
  shipping_fee: RawAmount;
  grand_total: RawAmount;
  payment_type: string | null;
  payment_method: string | null;
  contact_id: string | null;
  contact: RawContact | null;
  invoices?: RawInvoice[];
  conversation_id: string | null;
  created_at: string;
};
