import type { Order } from '../api/order-schema';

/** What a search box entry means: folded text, and the national part of a phone number when it looks like one. */
export type SearchQuery = { text: string; phone: string | null };

/** Precomputed once per order: the folded text haystack and the phone's national digits. */
export type SearchKeys = { text: string; phone: string };

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PHONE_LIKE = /^[+\d\s().-]+$/;

/** Lower case without accents, so "zoe" finds "Zoë". */
export function fold(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The digits after the country code 62 or the trunk 0, which is how the same number is written three ways. */
export function nationalDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}

export function parseSearch(q: string): SearchQuery | null {
  const trimmed = q.trim();
  if (trimmed === '') return null;
  const looksLikePhone = PHONE_LIKE.test(trimmed) && /\d{2}/.test(trimmed.replace(/\D/g, ''));
  const national = looksLikePhone ? nationalDigits(trimmed) : '';
  return { text: fold(trimmed), phone: national.length >= 2 ? national : null };
}

const keysCache = new WeakMap<Order, SearchKeys>();

export function searchKeys(order: Order): SearchKeys {
  let keys = keysCache.get(order);
  if (!keys) {
    const phone = order.contact?.phone_number ?? '';
    keys = {
      text: fold(
        `${order.order_number ?? ''}\u0000${order.contact?.display_name ?? ''}\u0000${phone}\u0000${order.id}`,
      ),
      phone: nationalDigits(phone),
    };
    keysCache.set(order, keys);
  }
  return keys;
}

export function matchesSearch(keys: SearchKeys, query: SearchQuery): boolean {
  return keys.text.includes(query.text) || (query.phone !== null && keys.phone.includes(query.phone));
}
