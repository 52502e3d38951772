import { browserStore } from '@/lib/browser-store';
import type { Lang } from '@/i18n/i18n';
import { DEFAULT_TEMPLATES, FOLLOW_UP_KINDS, type Templates } from './follow-up-templates';

type StoredTemplates = Record<Lang, Templates>;

/** Stored templates: any missing or non-text entry falls back to the default for that language and kind. */
export function readTemplates(stored: unknown): StoredTemplates {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const read = (language: Lang): Templates => {
    const own =
      record[language] && typeof record[language] === 'object'
        ? (record[language] as Record<string, unknown>)
        : {};
    const out = { ...DEFAULT_TEMPLATES[language] };
    for (const kind of FOLLOW_UP_KINDS) {
      const value = own[kind];
      if (typeof value === 'string' && value.trim() !== '') out[kind] = value;
    }
    return out;
  };
  return { id: read('id'), en: read('en') };
}

/** The staff's follow-up templates, kept in this browser. */
export const followUpTemplates = browserStore('orders-follow-up:templates', readTemplates);
