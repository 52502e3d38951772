import { i18n, type Messages } from '@lingui/core';

export { i18n };
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const STORAGE_KEY = 'lang';

// Each catalog is its own chunk, compiled from the translator's PO file at build time: only one is fetched.
const catalogs: Record<Lang, () => Promise<{ messages: Messages }>> = {
  id: () => import('./locales/id.po'),
  en: () => import('./locales/en.po'),
};

/** Indonesian for any `id*` browser language, English otherwise. */
export function langFromBrowser(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('id') ? 'id' : 'en';
}

const isLang = (v: unknown): v is Lang => v === 'id' || v === 'en';

/** The remembered choice, else the browser's language. */
export function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage blocked: follow the browser.
  }
  return langFromBrowser(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** Fetches a language's catalog and makes it the active one; `<html lang>` follows. */
export async function loadLang(lang: Lang): Promise<void> {
  const { messages } = await catalogs[lang]();
  i18n.loadAndActivate({ locale: lang, messages });
  document.documentElement.lang = lang;
  document.title = i18n._('app.title');
}

/** The header switch: loads the language and remembers it here and for the server-rendered sign-in page. */
export async function chooseLang(lang: Lang): Promise<void> {
  await loadLang(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  document.cookie = `lang=${lang}; path=/; max-age=31536000; SameSite=Strict`;
}

/** The active language. */
export const currentLang = (): Lang => (isLang(i18n.locale) ? i18n.locale : 'en');

/** Translates a catalog key, with ICU values (`{count, plural, …}`, `{name}`). */
export function t(id: string, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}
