import { staffLanguage, type Language, type Words } from '@/lib/staff-language';

/** Every user-facing text of the new-order and payment alerts, Indonesian and English side by side. */
export const alertWords = {
  menu: { id: 'Pemberitahuan', en: 'Alerts' },
  help: {
    id: 'Saat pesanan baru masuk atau pesanan dibayar (setelah sinkronisasi pertama), jumlahnya muncul di judul tab.',
    en: 'When a new order arrives or an order is paid (after the first sync), the count shows in the tab title.',
  },
  sound: { id: 'Bunyikan suara', en: 'Play a sound' },
  notify: { id: 'Notifikasi browser', en: 'Browser notification' },
  denied: {
    id: 'Browser menolak notifikasi; izinkan di pengaturan situs.',
    en: 'The browser blocks notifications; allow them in the site settings.',
  },
  unsupported: { id: 'Browser ini tidak mendukung notifikasi.', en: 'This browser has no notifications.' },
} satisfies Record<string, Words>;

/** "2 new orders · 1 paid" / "2 pesanan baru · 1 dibayar". */
export function arrivalsText(created: number, paid: number, language: Language = staffLanguage()): string {
  const parts: string[] = [];
  if (created > 0)
    parts.push(
      language === 'id' ? `${created} pesanan baru` : `${created} new ${created === 1 ? 'order' : 'orders'}`,
    );
  if (paid > 0) parts.push(language === 'id' ? `${paid} dibayar` : `${paid} paid`);
  return parts.join(' · ');
}
