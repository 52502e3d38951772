export type Language = 'en' | 'id';

/** Every word of the sign-in, sign-out and bounce pages, in English and Indonesian. */
export const WORDS = {
  en: {
    signIn: 'Sign in',
    intro: 'Staff only. Sign in to see the shop’s orders.',
    userName: 'User name',
    password: 'Password',
    wrongPassword: 'Wrong user name or password.',
    tooManyAttempts: (seconds: number) => `Too many attempts. Try again in ${seconds} seconds.`,
    signedOut: 'You have signed out.',
    signedOutEverywhere: 'You have signed out on every device.',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    signOutEverywhere: 'End all my sessions, on every device',
    backToOrders: 'Back to the orders',
    opening: 'Opening',
    openingDashboard: 'Opening the dashboard…',
    continue: 'Continue',
  },
  id: {
    signIn: 'Masuk',
    intro: 'Khusus staf. Masuk untuk melihat pesanan toko.',
    userName: 'Nama pengguna',
    password: 'Kata sandi',
    wrongPassword: 'Nama pengguna atau kata sandi salah.',
    tooManyAttempts: (seconds: number) => `Terlalu banyak percobaan. Coba lagi dalam ${seconds} detik.`,
    signedOut: 'Anda telah keluar.',
    signedOutEverywhere: 'Anda telah keluar dari semua perangkat.',
    signOut: 'Keluar',
    signedInAs: 'Masuk sebagai',
    signOutEverywhere: 'Akhiri semua sesi saya, di semua perangkat',
    backToOrders: 'Kembali ke pesanan',
    opening: 'Membuka',
    openingDashboard: 'Membuka dasbor…',
    continue: 'Lanjutkan',
  },
} satisfies Record<Language, Record<string, string | ((n: number) => string)>>;

export type Words = (typeof WORDS)[Language];

/** The `lang` cookie (`id` or `en`, set by the app's language switch) wins; else `Accept-Language`'s first of id/en. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (cookie === 'id' || cookie === 'en') return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && (entry.primary === 'id' || entry.primary === 'en'))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === 'id' ? 'id' : 'en';
}
