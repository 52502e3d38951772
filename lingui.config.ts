import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

// Messages use explicit ids (`t('orders.heading')`), so the catalogs are the source of truth: no extraction.
export default defineConfig({
  sourceLocale: 'en',
  locales: ['id', 'en'],
  format: formatter({ explicitIdAsDefault: true, lineNumbers: false }),
  catalogs: [{ path: '<rootDir>/src/i18n/locales/{locale}', include: ['src'] }],
});
