import type { Words } from '@/lib/staff-language';
import type { BuiltInViewId } from './saved-views';

/** Every user-facing text of the saved views, Indonesian and English side by side. */
export const savedViewWords = {
  bar: { id: 'Tampilan tersimpan', en: 'Saved views' },
  manage: { id: 'Kelola tampilan', en: 'Manage views' },
  saveCurrent: { id: 'Simpan tampilan ini', en: 'Save this view' },
  name: { id: 'Nama tampilan', en: 'View name' },
  save: { id: 'Simpan', en: 'Save' },
  rename: { id: 'Ganti nama', en: 'Rename' },
  earlier: { id: 'Pindah ke kiri', en: 'Move earlier' },
  later: { id: 'Pindah ke kanan', en: 'Move later' },
  remove: { id: 'Hapus', en: 'Remove' },
  none: {
    id: 'Belum ada tampilan sendiri. Atur filter, lalu simpan di sini.',
    en: 'No views of your own yet. Set the filters, then save them here.',
  },
  stored: { id: 'Disimpan di browser ini.', en: 'Kept in this browser.' },
} satisfies Record<string, Words>;

export const builtInViewWords: Record<BuiltInViewId, Words> = {
  attention: { id: 'Perlu tindakan', en: 'Needs attention' },
  unpaid: { id: 'Belum dibayar', en: 'Unpaid' },
  'to-pack': { id: 'Siap dikemas', en: 'Ready to pack' },
  'on-the-way': { id: 'Dalam perjalanan', en: 'On the way' },
};
