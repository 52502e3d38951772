import type { Words } from '@/lib/staff-language';
import type { FollowUpKind, Placeholder } from './follow-up-templates';

/** Every user-facing text of the WhatsApp follow-ups, Indonesian and English side by side. */
export const followUpWords = {
  button: { id: 'Kirim WhatsApp', en: 'WhatsApp follow-up' },
  customer: { id: 'Kak', en: 'there' },
  noPhone: { id: 'Tidak bisa WhatsApp: tidak ada nomor telepon', en: 'No WhatsApp: no phone number' },
  badPhone: {
    id: 'Tidak bisa WhatsApp: nomor telepon tidak dikenali',
    en: 'No WhatsApp: the phone number is not recognisable',
  },
  preview: { id: 'Pratinjau pesan', en: 'Message preview' },
  open: { id: 'Buka di WhatsApp', en: 'Open in WhatsApp' },
  to: { id: 'Kepada', en: 'To' },
  edit: { id: 'Ubah template', en: 'Edit template' },
  done: { id: 'Selesai', en: 'Done' },
  reset: { id: 'Kembalikan template bawaan', en: 'Reset to the default template' },
  templateHelp: {
    id: 'Disimpan di browser ini. Bisa memakai: {placeholders}',
    en: 'Kept in this browser. You can use: {placeholders}',
  },
  missing: {
    id: 'Baris yang memakai {placeholders} dihilangkan karena datanya tidak ada.',
    en: 'Lines using {placeholders} were left out: this order has no value for them.',
  },
  nothingSent: {
    id: 'WhatsApp terbuka dengan pesan ini; Anda yang menekan kirim.',
    en: 'WhatsApp opens with this message typed in; you press send.',
  },
} satisfies Record<string, Words>;

export const kindWords: Record<FollowUpKind, Words> = {
  payment_reminder: { id: 'Pengingat pembayaran', en: 'Payment reminder' },
  shipped: { id: 'Pesanan dikirim', en: 'Order sent' },
  thank_you: { id: 'Terima kasih', en: 'Thank you' },
};

/** A placeholder as staff type it. */
export const placeholderText = (name: Placeholder) => `{${name}}`;
