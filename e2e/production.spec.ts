import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../server/emulator/server';
import { distDir } from './support/stacks';
import { accessEnv, npmStart as startApp, PASSWORD, stop, type Started } from './support/npm-start';

// These specs read the English texts; the Indonesian screens have their own spec (i18n.spec.ts).
test.use({ locale: 'en-US' });

// `npm start` against an in-process emulator and a misbehaving fake upstream, on free ports (PORT=0).
test.describe.configure({ mode: 'serial' });

const KEY = 'prod-e2e-secret-key-never-in-browser';

const children: ChildProcess[] = [];
let emulator: RunningEmulator;
let fake: Server;
let app: Started;
let faulty: Started;
const npmStart = (env: Record<string, string>) => startApp(env, children);

test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, key: KEY, count: 300, seed: 3 });
  fake = createServer((req, res) => {
    const id = req.url?.split('?')[0]?.split('/')[3];
    if (id === 'hang') return;
    if (id === 'close') return void req.socket.destroy();
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>Login to the corporate proxy</html>');
  });
  await new Promise<void>((done) => fake.listen(0, '127.0.0.1', done));
  const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  [app, faulty] = await Promise.all([
    npmStart({ ...accessEnv, CEKAT_API_BASE_URL: emulator.url, CEKAT_API_KEY: KEY }),
    npmStart({ CEKAT_API_BASE_URL: fakeUrl, CEKAT_API_KEY: KEY, UPSTREAM_TIMEOUT_MS: '1000' }),
  ]);
});

test.afterAll(async () => {
  children.forEach(stop);
  fake?.closeAllConnections();
  fake?.close();
  await emulator?.close();
});

async function signIn(request: APIRequestContext, user = 'alice', password = PASSWORD) {
  return request.post(`${app.url}/auth/sign-in`, {
    form: { user, password, next: '/' },
    maxRedirects: 0,
  });
}

test('refuses to start on a public address without sign-in, and says why', async () => {
  const failure = await npmStart({ HOST: '0.0.0.0' }).catch((error: { output?: string }) => error);
  expect((failure as { output?: string }).output).toMatch(
    /Refusing to listen on HOST=0\.0\.0\.0 without sign-in/,
  );
});

test('pages redirect to sign-in and the API answers 401 without a session', async ({ request }) => {
  const page = await request.get(`${app.url}/?status=paid`, { maxRedirects: 0 });
  expect(page.status()).toBe(303);
  expect(page.headers().location).toBe('/auth/sign-in?next=%2F%3Fstatus%3Dpaid');
  const api = await request.get(`${app.url}/api/orders?limit=5&page=1`);
  expect(api.status()).toBe(401);
  expect((await api.json()).error.message).toMatch(/sign in/i);
  expect((await request.get(`${app.url}/healthz`)).status()).toBe(200);
});

test('a staff member signs in in the browser and sees the orders; the key is nowhere in the browser', async ({
  page,
}) => {
  const violations: string[] = [];
  const bodies: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('response', async (response) => {
    bodies.push(JSON.stringify(response.headers()));
    bodies.push(await response.text().catch(() => ''));
  });
  await page.goto(`${app.url}/?status=delivered`);
  await expect(page.getByRole('heading', { name: 'Cekat Orders' })).toBeVisible();
  await page.getByLabel('User name').fill('alice');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/\?status=delivered$/);
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('revenue-by-status')).toBeVisible();
  expect(violations).toEqual([]);

  const state = await page.context().storageState({ indexedDB: true });
  const cookie = state.cookies.find((c) => c.name === 'cekat_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  const idb = await page.evaluate(async () => {
    const dump: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = db.transaction(store).objectStore(store).getAll();
        dump.push(await new Promise((ok) => (all.onsuccess = () => ok(all.result))));
      }
      db.close();
    }
    return JSON.stringify({ dump, local: { ...localStorage }, session: { ...sessionStorage } });
  });
  for (const text of [JSON.stringify(state), idb, ...bodies, app.output()]) expect(text).not.toContain(KEY);
  expect(app.output()).not.toContain(cookie?.value ?? 'no-cookie');

  await page.goto(`${app.url}/`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  expect((await page.request.get(`${app.url}/api/orders?limit=1&page=1`)).status()).toBe(401);
});

test('no file of the bundle contains the key', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  const files = walk(distDir);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) expect(readFileSync(file, 'latin1').includes(KEY), file).toBe(false);
});

test('every response carries the security headers; assets are immutable, pages are not cached', async ({
  request,
}) => {
  await signIn(request);
  const index = readFileSync(join(distDir, 'index.html'), 'utf8');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
  const urls = [
    '/',
    '/orders/deep/link',
    asset,
    '/favicon.svg',
    '/healthz',
    '/auth/sign-in',
    '/api/orders?limit=2&page=1',
    '/api/contacts',
    '/missing.js',
  ];
  for (const path of urls) {
    const response = await request.get(`${app.url}${path}`, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("default-src 'self';script-src 'self';");
    expect(headers['content-security-policy'], path).toContain("connect-src 'self';frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('same-origin');
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  const assetResponse = await request.get(`${app.url}${asset}`, {
    headers: { 'accept-encoding': 'br, gzip' },
  });
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(assetResponse.headers()['content-encoding']).toBe('br');
  for (const path of ['/', '/?status=paid', '/orders/deep/link']) {
    const page = await request.get(`${app.url}${path}`);
    expect(page.headers()['cache-control'], path).toBe('no-cache');
    expect(await page.text(), path).toContain('<div id="root">');
  }
  expect((await request.get(`${app.url}/missing.js`)).status()).toBe(404);
});

test('HSTS and a Secure cookie behind a TLS proxy', async ({ playwright }) => {
  const tls = await npmStart({ ...accessEnv, TRUST_PROXY: '127.0.0.1', CEKAT_API_BASE_URL: emulator.url });
  const request = await playwright.request.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const response = await request.post(`${tls.url}/auth/sign-in`, {
    form: { user: 'bob', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['strict-transport-security']).toContain('max-age=31536000');
  const setCookie = response.headers()['set-cookie'] ?? '';
  for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict']) expect(setCookie).toContain(attribute);
  await request.dispose();
  stop(tls.child);
});

test('the proxy refuses POST, other paths and .. tricks, even for signed-in staff', async ({ request }) => {
  await signIn(request);
  expect((await request.get(`${app.url}/api/orders?limit=1&page=1`)).status()).toBe(200);
  expect((await request.post(`${app.url}/api/orders`, { data: {} })).status()).toBe(405);
  expect((await request.delete(`${app.url}/api/orders/x`)).status()).toBe(405);
  for (const path of [
    '/api/contacts',
    '/api/orders/..%2F..%2Fadmin',
    '/api/orders/%2e%2e/contacts',
    '/api/orders/a/b',
    '/api/',
    '/api',
  ]) {
    expect((await request.get(`${app.url}${path}`)).status(), path).toBe(404);
  }
  expect((await request.get(`${app.url}/api/orders?limit=${'1'.repeat(2000)}`)).status()).toBe(414);
  expect((await request.get(`${app.url}/api/orders?q=%0d%0aX-Injected:%20yes`)).status()).toBe(200);
  const injected = await request.get(`${app.url}/api/orders?limit=1&page=1`, {
    headers: { authorization: 'Bearer attacker', 'x-forwarded-host': 'evil.example' },
  });
  expect(injected.status()).toBe(200);
  expect(injected.headers()['x-injected']).toBeUndefined();
});

test('an upstream that hangs, answers HTML or hangs up gives a clear 504/502 without the key', async ({
  request,
}) => {
  const cases = [
    ['/api/orders/hang', 504, /did not answer in time/],
    ['/api/orders?limit=1&page=1', 502, /an HTML page instead of JSON/],
    ['/api/orders/close', 502, /closed the connection/],
  ] as const;
  for (const [path, status, message] of cases) {
    const response = await request.get(`${faulty.url}${path}`);
    expect(response.status(), path).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text).error.message).toMatch(message);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain('127.0.0.1');
  }
});

test('wrong passwords are refused, then throttled even for the right one', async ({ request }) => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const wrong = await signIn(request, 'bob', 'not the password');
    expect(wrong.status()).toBe(401);
    expect(await wrong.text()).toContain('Wrong user name or password.');
  }
  const throttled = await signIn(request, 'bob', PASSWORD);
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await throttled.text()).toMatch(/Too many attempts\. Try again in \d+ seconds\./);
  expect((await signIn(request, 'alice')).status()).toBe(303);
});
