import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/support/chromium';

/**
 * Playwright listens to every request of the pages it drives, and on two cores that bookkeeping alone nearly
 * doubles the cost of a thousand fetches (measured: a bare page fetching 1,000 pages took 2.6 s in a plain
 * Chromium and 4.3 s under Playwright). Users run no debugger, so the sync is timed in a Chromium started
 * on its own: two pages written into the build report their marks to a loopback listener.
 */
export const PLAIN_APP = '__bench-plain-app.html';
export const PLAIN_FLOOR = '__bench-plain-floor.html';

export type PlainMarks = { first: number; all: number; count: number };

const report = (port: number, fields: string) =>
  `fetch('http://127.0.0.1:${port}/report?' + new URLSearchParams(${fields}), { mode: 'no-cors' });`;

// The same marks as page-marks.ts: first `order-row` in the DOM, and `orders-sync` saying done.
const appMarks = (port: number) => `<script>
(() => {
  const m = {};
  const check = () => {
    const now = performance.now();
    if (m.first === undefined && document.querySelector('[data-testid="order-row"]')) m.first = now;
    const sync = document.querySelector('[data-testid="orders-sync"]');
    const state = sync && sync.getAttribute('data-state');
    if (m.all === undefined && (state === 'done' || state === 'error')) {
      m.all = state === 'done' ? now : -1;
      m.count = Number(sync.getAttribute('data-count'));
      ${report(port, 'm')}
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-count'],
  });
})();
</script>`;

// No app: fetch and parse every page with the given concurrency, until an empty or short page.
const floorPage = (port: number, concurrency: number) => `<!doctype html><title>floor</title><script>
(async () => {
  let next = 1, end = Infinity, largest = 0, first, count = 0;
  async function worker() {
    while (next <= end) {
      const page = next++;
      const orders = (await (await fetch('/api/orders?limit=100&page=' + page)).json()).data.orders;
      if (page === 1) first = performance.now();
      if (page > end) continue;
      count += orders.length;
      largest = Math.max(largest, orders.length);
      if (orders.length === 0 || orders.length < largest) end = Math.min(end, page);
    }
  }
  await Promise.all(Array.from({ length: ${concurrency} }, worker));
  const m = { first, all: performance.now(), count };
  ${report(port, 'm')}
})();
</script>`;

export type PlainBrowser = {
  /** Opens `path` of the app in a fresh profile and resolves with what the page reported. */
  measure(appUrl: string, path: string, timeoutMs: number): Promise<PlainMarks>;
  /** The same page in a fresh context of a Playwright-driven browser, for figures taken under Playwright. */
  measureUnder(browser: Browser, appUrl: string, path: string, timeoutMs: number): Promise<PlainMarks>;
  close(): Promise<void>;
};

/** Writes the two pages into `dist` (served by `vite preview`) and listens for their reports. */
export async function startPlainBrowser(dist: string, concurrency: number): Promise<PlainBrowser> {
  let waiting: ((marks: PlainMarks) => void) | null = null;
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
    response.end();
    waiting?.({
      first: Number(query.get('first')),
      all: Number(query.get('all')),
      count: Number(query.get('count')),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(
    join(dist, PLAIN_APP),
    index.replace('<script type="module"', `${appMarks(port)}<script type="module"`),
  );
  writeFileSync(join(dist, PLAIN_FLOOR), floorPage(port, concurrency));
  const executable = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: ((error: Error) => void) | null = null;
  const nextReport = (path: string, timeoutMs: number) =>
    new Promise<PlainMarks>((resolve, reject) => {
      waiting = resolve;
      fail = reject;
      timer = setTimeout(() => reject(new Error(`${path}: no report within ${timeoutMs} ms`)), timeoutMs);
    }).finally(() => {
      waiting = null;
      fail = null;
      clearTimeout(timer);
    });

  return {
    async measure(appUrl, path, timeoutMs) {
      const profile = mkdtempSync(join(tmpdir(), 'bench-plain-'));
      const child = spawn(
        executable,
        [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--window-size=1440,900',
          `--user-data-dir=${profile}`,
          `${appUrl}/${path}`,
        ],
        { stdio: 'ignore' },
      );
      const reported = nextReport(path, timeoutMs);
      child.once('exit', (code) => fail?.(new Error(`${path}: Chromium exited (${code}) before reporting`)));
      try {
        return await reported;
      } finally {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          await exited;
        }
        // Chromium's helper processes may still be letting go of the profile: retry, never fail the run on it.
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch {
          // A leftover temp profile is harmless.
        }
      }
    },
    async measureUnder(browser, appUrl, path, timeoutMs) {
      const context = await browser.newContext();
      try {
        const reported = nextReport(path, timeoutMs);
        await (await context.newPage()).goto(`${appUrl}/${path}`, { waitUntil: 'commit' });
        return await reported;
      } finally {
        await context.close();
      }
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      rmSync(join(dist, PLAIN_APP), { force: true });
      rmSync(join(dist, PLAIN_FLOOR), { force: true });
    },
  };
}
