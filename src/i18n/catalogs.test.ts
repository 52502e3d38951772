import { setupI18n } from '@lingui/core';
import { messages as en } from './locales/en.po';
import { messages as id } from './locales/id.po';
import { KNOWN_STATUSES, statusInfo } from '@/features/orders/status';
import { i18n } from './i18n';

const poFiles = import.meta.glob<string>('./locales/*.po', { query: '?raw', import: 'default', eager: true });
const sourceFiles = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** msgid → msgstr of a PO file, as a translator left it (the header entry skipped). */
function readPo(lang: string): Map<string, string> {
  const text = poFiles[`./locales/${lang}.po`]!;
  const entries = new Map<string, string>();
  for (const m of text.matchAll(/^msgid "(.*)"\nmsgstr "(.*)"$/gm)) if (m[1]) entries.set(m[1], m[2]!);
  return entries;
}

const source = Object.values(sourceFiles).join('\n');
const catalogs = { en: readPo('en'), id: readPo('id') };

describe('catalogs', () => {
  it('have the same keys in both languages, none left untranslated', () => {
    expect([...catalogs.id.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
    for (const [lang, entries] of Object.entries(catalogs)) {
      const empty = [...entries].filter(([, value]) => value.trim() === '').map(([key]) => `${lang}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('hold every key the code asks for', () => {
    const asked = [
      ...source.matchAll(/\bt\(\s*'([^']+)'/g),
      ...source.matchAll(/\b(?:label|description|definition): '(\w+\.[\w.]+)'/g),
    ].map((m) => m[1]!);
    expect(asked.filter((key) => !catalogs.en.has(key))).toEqual([]);
  });

  it('hold no key the code never names', () => {
    const unused = [...catalogs.en.keys()].filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('messages', () => {
  const english = setupI18n({ locale: 'en', messages: { en } });
  const indonesian = setupI18n({ locale: 'id', messages: { id } });

  it('count orders with plurals for 0, 1 and many', () => {
    const count = (lang: typeof english, n: number) => lang._('orders.count', { count: n, n: String(n) });
    expect([0, 1, 5].map((n) => count(english, n))).toEqual(['0 orders', '1 order', '5 orders']);
    expect([0, 1, 5].map((n) => count(indonesian, n))).toEqual(['0 pesanan', '1 pesanan', '5 pesanan']);
  });

  it('interpolate values', () => {
    expect(indonesian._('nav.position', { index: '3', total: '1.204' })).toBe('3 dari 1.204');
  });
});

describe('status names', () => {
  afterEach(() => i18n.activate('en'));

  it('name every documented status in both languages, Indonesian in marketplace words', () => {
    const names = (lang: 'en' | 'id') => {
      i18n.loadAndActivate({ locale: lang, messages: lang === 'en' ? en : id });
      return KNOWN_STATUSES.map((s) => statusInfo(s.value).label);
    };
    expect(names('id')).toEqual([
      'Menunggu',
      'Dibayar',
      'Diproses',
      'Dikirim',
      'Selesai',
      'Dibatalkan',
      'Dikembalikan',
    ]);
    expect(names('en')).toEqual([
      'Pending',
      'Paid',
      'Processing',
      'Shipped',
      'Delivered',
      'Cancelled',
      'Refunded',
    ]);
  });

  it('show an unknown status as the API spells it', () => {
    i18n.loadAndActivate({ locale: 'id', messages: id });
    expect(statusInfo('on_hold').label).toBe('on_hold');
  });
});
