import { currentLang, type Lang } from '@/i18n/i18n';

/** Numbers and money read the same in both languages: a shop's Rupiah are Indonesian. */
export const LOCALE = 'id-ID';
export const CURRENCY = 'IDR';
export const COUNTRY_CALLING_CODE = '62';

// English dates keep the day-month-year order Indonesian staff read (en-GB), with English month names.
const DATE_LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The locale for dates, month names and relative times: the chosen language's. */
export const dateLocale = (): string => DATE_LOCALES[currentLang()];

/** Intl formatters built once per language and rebuilt after a switch. */
export function perLang<T>(make: (locale: string, lang: Lang) => T): () => T {
  let made: { lang: Lang; value: T } | null = null;
  return () => {
    const lang = currentLang();
    if (made?.lang !== lang) made = { lang, value: make(DATE_LOCALES[lang], lang) };
    return made.value;
  };
}
