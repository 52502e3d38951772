import { staffLanguage, type Language, type Words } from '@/lib/staff-language';
import type { AttentionRule } from './attention-rules';

/** Every user-facing text of the needs-attention queue, Indonesian and English side by side. */
export const attentionWords = {
  entry: { id: 'Perlu tindakan', en: 'Needs attention' },
  entryTitle: {
    id: 'Pesanan yang terlalu lama di statusnya (di bawah filter saat ini, kecuali status)',
    en: 'Orders waiting too long in their status (under the current filters other than status)',
  },
  queueTitle: { id: 'Perlu tindakan sekarang', en: 'Needs attention now' },
  close: { id: 'Tutup antrean', en: 'Close the queue' },
  empty: { id: 'Tidak ada pesanan yang terlambat. Bagus!', en: 'Nothing is late. Well done!' },
  filtered: {
    id: 'Mengikuti filter pencarian, tanggal dan pembayaran di bawah.',
    en: 'Follows the search, date and payment filters below.',
  },
  settings: { id: 'Batas waktu', en: 'Thresholds' },
  settingsHelp: {
    id: 'Jam sejak pesanan dibuat sebelum perlu tindakan (disimpan di browser ini).',
    en: 'Hours since the order was created before it needs attention (kept in this browser).',
  },
  reset: { id: 'Kembalikan bawaan', en: 'Reset to defaults' },
  hours: { id: 'jam', en: 'hours' },
  more: { id: 'Tampilkan lebih banyak', en: 'Show more' },
  noName: { id: 'Tanpa nama', en: 'Unnamed contact' },
} satisfies Record<string, Words>;

/** The rule's name, and why an order under it is late. */
export const ruleWords: Record<AttentionRule, { name: Words; why: Words }> = {
  pending: {
    name: { id: 'Telat bayar', en: 'Overdue payment' },
    why: { id: 'Belum dibayar lewat {limit}', en: 'Not paid after {limit}' },
  },
  paid: {
    name: { id: 'Telat dikemas', en: 'Late to pack' },
    why: { id: 'Sudah dibayar, belum diproses lewat {limit}', en: 'Paid, not processed after {limit}' },
  },
  processing: {
    name: { id: 'Telat dikirim', en: 'Late to ship' },
    why: { id: 'Diproses, belum dikirim lewat {limit}', en: 'Processing, not shipped after {limit}' },
  },
  shipped: {
    name: { id: 'Lama di jalan', en: 'Long on the way' },
    why: { id: 'Dikirim, belum diterima lewat {limit}', en: 'Shipped, not delivered after {limit}' },
  },
};

const DAY_HOURS = 24;

/** "3 days" / "3 hari", or hours under a day ("5 hours" / "5 jam"). */
export function spanText(hours: number, language: Language = staffLanguage()): string {
  if (hours >= DAY_HOURS) {
    const days = Math.floor(hours / DAY_HOURS);
    return language === 'id' ? `${days} hari` : `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const whole = Math.max(0, Math.floor(hours));
  return language === 'id' ? `${whole} jam` : `${whole} ${whole === 1 ? 'hour' : 'hours'}`;
}

/** "waiting 3 days" / "menunggu 3 hari". */
export function waitingText(ageMs: number, language: Language = staffLanguage()): string {
  const span = spanText(ageMs / 3600e3, language);
  return language === 'id' ? `menunggu ${span}` : `waiting ${span}`;
}

/** Why the order is in the queue, with the threshold it passed. */
export function whyText(
  rule: AttentionRule,
  limitHours: number,
  language: Language = staffLanguage(),
): string {
  return ruleWords[rule].why[language].replace('{limit}', spanText(limitHours, language));
}
