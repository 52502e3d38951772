import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadScripts, measureBundle } from './bundle';

const html = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
  <link rel="stylesheet" href="/assets/index-123.css">
  <script src="https://example.com/analytics.js"></script>
</head><body></body></html>`;

describe('firstLoadScripts', () => {
  it('lists the entry module and its modulepreloads, not styles or other origins', () => {
    expect(firstLoadScripts(html)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
  });
});

describe('measureBundle', () => {
  it('counts first-load JS gzipped and every JS file for the total', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets/index-abc.js'), 'console.log("entry");'.repeat(100));
    writeFileSync(join(dir, 'assets/vendor-def.js'), 'export const v = 1;');
    writeFileSync(join(dir, 'assets/charts-lazy.js'), 'export const c = 2;'.repeat(50));
    const figures = measureBundle(dir);
    expect(figures.firstLoadFiles).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(figures.firstLoadGzip).toBeGreaterThan(0);
    expect(figures.firstLoadGzip).toBeLessThan(figures.totalJsGzip);
    expect(figures.totalJs).toBe(21 * 100 + 19 + 19 * 50);
  });
});
