import type { Order } from '../api/order-schema';

/** What a search box entry means: folded text, and the national part of a phone number when it looks like one. */
export type SearchQuery = {
  text: string;
  phone: string | null;
  /** Typed with 0, 62 or +62 in front, so the number must start with it, not merely contain it. */
  anchored: boolean;
};

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
  const anchored = looksLikePhone && /^(\+|0|62)/.test(trimmed);
  return { text: fold(trimmed), phone: national.length >= 2 ? national : null, anchored };
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
  if (keys.text.includes(query.text)) return true;
  if (query.phone === null) return false;
  return query.anchored ? keys.phone.startsWith(query.phone) : keys.phone.includes(query.phone);
}

export type Range = readonly [number, number];

/** Where a query shows in displayed text: a folded text match, else its phone digits among the text's digits. */
export function highlightRanges(display: string, query: SearchQuery | null, isPhone = false): Range[] {
  if (!query || display === '') return [];
  const at = display.toLowerCase().indexOf(query.text);
  if (at !== -1) return [[at, at + query.text.length]];
  if (query.phone === null || !isPhone) return [];
  const positions: number[] = [];
  for (let i = 0; i < display.length; i++) if (display[i]! >= '0' && display[i]! <= '9') positions.push(i);
  const digits = positions.map((p) => display[p]).join('');
  const from = digits.startsWith('62') ? 2 : digits.startsWith('0') ? 1 : 0;
  const start = digits.indexOf(query.phone, from);
  if (start === -1 || (query.anchored && start !== from)) return [];
  return [[positions[start]!, positions[start + query.phone.length - 1]! + 1]];
}
