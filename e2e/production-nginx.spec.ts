import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { startEmulator, type RunningEmulator } from '../server/emulator/server';
import { hasNginx, startNginx, type RunningNginx } from './support/nginx';
import { accessEnv, npmStart, PASSWORD, stop, type Started } from './support/npm-start';

// `npm start` behind Debian's nginx with the README's own config (TLS, X-Forwarded-*), as deployed.
test.skip(
  !hasNginx,
  'nginx is not installed (/usr/sbin/nginx): `apt-get install nginx`; .ci/run installs it',
);
test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });

const KEY = 'nginx-e2e-secret-key-never-in-browser';
// Our own ports: 4000 + 10 × E2E_PORT_OFFSET + 70…75 (5060/5061 are ports Chromium refuses), next to the stacks' range of this checkout.
const BASE = 4000 + 10 * (Number(process.env.E2E_PORT_OFFSET ?? 0) || 0) + 70;
const signedIn = { app: BASE, https: BASE + 1, http: BASE + 2 };
const open = { app: BASE + 3, https: BASE + 4, http: BASE + 5 };
const site = `https://localhost:${signedIn.https}`;
const openSite = `https://localhost:${open.https}`;

const children: ChildProcess[] = [];
let emulator: RunningEmulator;
let app: Started;
const proxies: RunningNginx[] = [];

test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, key: KEY, count: 200, seed: 4 });
  const upstream = { CEKAT_API_BASE_URL: emulator.url, CEKAT_API_KEY: KEY, HOST: '127.0.0.1' };
  [app] = await Promise.all([
    // The README's systemd unit: HOST=127.0.0.1 TRUST_PROXY=1 (one proxy in front) behind nginx.
    npmStart({ ...accessEnv, ...upstream, PORT: String(signedIn.app), TRUST_PROXY: '1' }, children),
    // The same unit with DASHBOARD_USERS forgotten (and TRUST_PROXY with it, since the two are refused together).
    npmStart({ ...upstream, PORT: String(open.app) }, children),
  ]);
  proxies.push(await startNginx(signedIn), await startNginx(open));
});

test.afterAll(async () => {
  for (const proxy of proxies) proxy.child.kill('SIGTERM');
  children.forEach(stop);
  await emulator?.close();
});

async function signIn(request: APIRequestContext, user: string, password: string, headers = {}) {
  return request.post(`${site}/auth/sign-in`, { form: { user, password }, headers, maxRedirects: 0 });
}

test('staff sign in over TLS and see the orders; Secure cookie, HSTS, no CSP violation; sign-out ends it', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto(`${site}/?status=delivered`);
  expect(first?.headers()['strict-transport-security']).toContain('max-age=31536000');
  await page.getByLabel('User name').fill('alice');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/\?status=delivered$/);
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  expect(violations).toEqual([]);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cekat_session');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });

  const copied = { cookie: `cekat_session=${cookie?.value}` };
  expect((await page.request.get(`${site}/api/orders?limit=1&page=1`, { headers: copied })).status()).toBe(
    200,
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  expect((await page.request.get(`${site}/api/orders?limit=1&page=1`, { headers: copied })).status()).toBe(
    401,
  );
  expect(app.output()).not.toContain(KEY);
});

test('plain HTTP is sent to HTTPS', async ({ request }) => {
  const response = await request.get(`http://localhost:${signedIn.http}/orders?x=1`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`${site}/orders?x=1`);
});

test('a rotating X-Forwarded-For does not escape the throttle, nor does it lock out a colleague', async ({
  request,
}) => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const spoofed = { 'x-forwarded-for': `203.0.113.${attempt}`, 'x-real-ip': `198.51.100.${attempt}` };
    expect((await signIn(request, 'bob', 'not the password', spoofed)).status()).toBe(401);
  }
  const throttled = await signIn(request, 'bob', PASSWORD, { 'x-forwarded-for': '192.0.2.99' });
  expect(throttled.status()).toBe(429);
  expect((await signIn(request, 'alice', PASSWORD)).status()).toBe(303);
});

test('forwarded headers from the client change nothing: without accounts everything is refused', async ({
  request,
}) => {
  for (const headers of [
    {},
    { 'x-forwarded-host': 'localhost' },
    { 'x-forwarded-for': '127.0.0.1' },
    { forwarded: 'for=127.0.0.1;host=localhost;proto=http' },
    { 'x-forwarded-proto': 'http', 'x-forwarded-host': '127.0.0.1' },
  ] as Record<string, string>[]) {
    const response = await request.get(`${openSite}/api/orders?limit=1&page=1`, { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(421);
    expect(await response.text()).not.toContain('"data"');
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  }
  expect((await request.get(`${openSite}/`)).status()).toBe(421);
});

test('a cross-site //evil.example link stays on the dashboard through nginx', async ({ request }) => {
  for (const path of ['//evil.example/x', '/\\evil.example/x', '//\\evil.example', '///evil.example']) {
    const response = await request.get(`${site}${path}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(response.status(), path).toBe(200);
    const target = /content="0;url=([^"]*)"/.exec(await response.text())?.[1] ?? '';
    expect(new URL(target, `${site}/`).origin, path).toBe(site);
  }
});

test('the proxy, its headers and errors are the same through nginx', async ({ request }) => {
  expect((await signIn(request, 'alice', PASSWORD)).status()).toBe(303);
  const orders = await request.get(`${site}/api/orders?limit=2&page=1`);
  expect(orders.status()).toBe(200);
  expect(orders.headers()['x-upstream-id']).toMatch(/^[0-9a-f]{16}$/);
  expect((await request.head(`${site}/api/orders?limit=2&page=1`)).status()).toBe(405);
  for (const path of ['/api/contacts', '/api/orders/..%2F..%2Fadmin', '/api/orders/%2e%2e/contacts']) {
    const response = await request.get(`${site}${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  const unsigned = await request.get(`${site}/api/mirror/anything`, { headers: { cookie: '' } });
  expect(unsigned.status()).toBe(401);
});
