/** The two languages staff read the dashboard in. */
export type Language = 'id' | 'en';

/** One user-facing text in both languages, side by side, so a translation catalog can take it over later. */
export type Words = { id: string; en: string };

/** Indonesian when the page says so (`<html lang="id">`), English otherwise. */
export function staffLanguage(): Language {
  return typeof document !== 'undefined' && document.documentElement.lang.toLowerCase().startsWith('id')
    ? 'id'
    : 'en';
}

/** The text of `words` in the staff's language. */
export function say(words: Words, language: Language = staffLanguage()): string {
  return words[language];
}
