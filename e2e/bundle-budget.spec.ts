import { expect, test } from '@playwright/test';
import { measureBundle } from '../bench/bundle';
import { FIRST_LOAD_GZIP } from '../bench/rows';
import { distDir } from './support/stacks';

// The e2e run builds dist/ first, so the budget is checked on the very bundle the other specs drive.
test('first-load JS (entry script and its modulepreloads, gzip) stays within the budget', () => {
  const { firstLoadGzip, firstLoadFiles } = measureBundle(distDir);
  expect(firstLoadFiles.length).toBeGreaterThan(0);
  expect(firstLoadGzip, `first load: ${firstLoadFiles.join(', ')}`).toBeLessThanOrEqual(FIRST_LOAD_GZIP);
});
