import type { Words } from '@/lib/staff-language';

/** Every user-facing text about the store's time zone, Indonesian and English side by side. */
export const timeZoneWords = {
  note: {
    id: 'Tanggal dan hari dihitung dalam zona toko: {zone}',
    en: 'Dates and days are counted in the store’s time zone: {zone}',
  },
} satisfies Record<string, Words>;
