import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../server/emulator/server';
import { accessEnv, npmStart as startApp, PASSWORD, stop, type Started } from './support/npm-start';

// Issue 15's attack table against `npm start`: what broke (now refused) and what held (kept refused).
test.describe.configure({ mode: 'serial' });

const KEY = 'security-e2e-secret-key-never-in-browser';

const children: ChildProcess[] = [];
let emulator: RunningEmulator;
let linker: Server;
let app: Started;
let open: Started;
const npmStart = (env: Record<string, string>) => startApp(env, children);

test.beforeAll(async () => {
  emulator = await startEmulator({ port: 0, key: KEY, count: 50, seed: 9 });
  // Another site linking to the dashboard, as a phishing mail would.
  linker = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<a href="${decodeURIComponent(req.url?.slice(9) ?? '')}">open</a>`);
  });
  await new Promise<void>((done) => linker.listen(0, '127.0.0.1', done));
  const upstream = { CEKAT_API_BASE_URL: emulator.url, CEKAT_API_KEY: KEY };
  [app, open] = await Promise.all([npmStart({ ...accessEnv, ...upstream }), npmStart(upstream)]);
});

test.afterAll(async () => {
  children.forEach(stop);
  linker?.close();
  await emulator?.close();
});

async function signIn(request: APIRequestContext, user = 'alice', password = PASSWORD) {
  return request.post(`${app.url}/auth/sign-in`, { form: { user, password, next: '/' }, maxRedirects: 0 });
}

test('a cross-site link to //evil.example/x (and its cousins) stays on the dashboard', async ({ page }) => {
  const fakeUrl = `http://localhost:${(linker.address() as AddressInfo).port}`;
  const origin = new URL(app.url).origin;
  for (const path of ['//evil.example/x', '/\\evil.example/x', '//\\evil.example', '/%2F%2Fevil.example/x']) {
    await page.goto(`${fakeUrl}/link?to=${encodeURIComponent(origin + path)}`);
    await page.getByRole('link', { name: 'open' }).click();
    await expect(page.getByRole('heading', { name: 'Cekat Orders' })).toBeVisible();
    expect(new URL(page.url()).origin, path).toBe(origin);
  }
});

test('a copied session cookie stops working at sign-out', async ({ playwright }) => {
  const browserLike = await playwright.request.newContext();
  expect(
    (
      await browserLike.post(`${app.url}/auth/sign-in`, {
        form: { user: 'alice', password: PASSWORD },
        maxRedirects: 0,
      })
    ).status(),
  ).toBe(303);
  const cookie =
    (await browserLike.storageState()).cookies.find((c) => c.name === 'cekat_session')?.value ?? '';
  const copied = { cookie: `cekat_session=${cookie}` };
  expect((await browserLike.get(`${app.url}/api/orders?limit=1&page=1`, { headers: copied })).status()).toBe(
    200,
  );
  await browserLike.post(`${app.url}/auth/sign-out`, { maxRedirects: 0 });
  expect((await browserLike.get(`${app.url}/api/orders?limit=1&page=1`, { headers: copied })).status()).toBe(
    401,
  );
  await browserLike.dispose();
});

test('a signed-out cookie stays refused after a restart: revocations live in the mirror database', async ({
  playwright,
}) => {
  test.slow(); // two starts of `npm start`, one after the other
  const dir = mkdtempSync(join(tmpdir(), 'revocations-e2e-'));
  const env = {
    ...accessEnv,
    CEKAT_API_BASE_URL: emulator.url,
    CEKAT_API_KEY: KEY,
    MIRROR_DB: join(dir, 'mirror.sqlite'),
  };
  const browserLike = await playwright.request.newContext();
  try {
    const first = await npmStart(env);
    await browserLike.post(`${first.url}/auth/sign-in`, {
      form: { user: 'bob', password: PASSWORD },
      maxRedirects: 0,
    });
    const cookie =
      (await browserLike.storageState()).cookies.find((c) => c.name === 'cekat_session')?.value ?? '';
    const copied = { cookie: `cekat_session=${cookie}` };
    const orders = '/api/orders?limit=1&page=1';
    expect((await browserLike.get(`${first.url}${orders}`, { headers: copied })).status()).toBe(200);
    await browserLike.post(`${first.url}/auth/sign-out`, { maxRedirects: 0 });
    await new Promise((done) => {
      first.child.once('exit', done);
      stop(first.child);
    });
    const restarted = await npmStart(env);
    expect((await browserLike.get(`${restarted.url}${orders}`, { headers: copied })).status()).toBe(401);
  } finally {
    await browserLike.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GET stays, HEAD is refused like the upstream does', async ({ request }) => {
  await signIn(request);
  expect((await request.get(`${app.url}/api/orders?limit=1&page=1`)).status()).toBe(200);
  const head = await request.head(`${app.url}/api/orders?limit=1&page=1`);
  expect(head.status()).toBe(405);
  expect(head.headers().allow).toBe('GET');
});

test('without accounts, forwarded headers of every kind are refused', async ({ request }) => {
  expect((await request.get(`${open.url}/healthz`)).status()).toBe(200);
  for (const headers of [
    { 'x-forwarded-host': 'localhost' },
    { 'x-forwarded-for': '127.0.0.1' },
    { 'x-forwarded-proto': 'https' },
    { forwarded: 'for=127.0.0.1;host=localhost' },
    { 'x-real-ip': '127.0.0.1' },
    { host: 'evil.example' },
  ] as Record<string, string>[]) {
    const response = await request.get(`${open.url}/api/orders?limit=1`, { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(421);
  }
});

test('refuses unsafe settings at start, and says why', async () => {
  const cases = [
    [{ TRUST_PROXY: '127.0.0.1' }, /TRUST_PROXY is set but DASHBOARD_USERS is not/],
    [{ ...accessEnv, TRUST_PROXY: 'true' }, /TRUST_PROXY=true believes any X-Forwarded-For/],
    [{ ...accessEnv, SESSION_SECRET: 'a'.repeat(32) }, /SESSION_SECRET is too predictable/],
  ] as const;
  for (const [env, message] of cases) {
    const failure = await npmStart(env).catch((error: { output?: string }) => error);
    expect((failure as { output?: string }).output).toMatch(message);
  }
});

test('the attacks that held keep failing: forged cookies, cross-site posts, oversized requests', async ({
  playwright,
}) => {
  const staff = await playwright.request.newContext();
  expect(
    (
      await staff.post(`${app.url}/auth/sign-in`, {
        form: { user: 'alice', password: PASSWORD },
        maxRedirects: 0,
      })
    ).status(),
  ).toBe(303);
  const token = (await staff.storageState()).cookies.find((c) => c.name === 'cekat_session')?.value ?? '';
  const [user, issued, expires, id, signature] = token.split('.') as [string, string, string, string, string];
  const forged = [
    `${Buffer.from('bob').toString('base64url')}.${issued}.${expires}.${id}.${signature}`,
    `${user}.${issued}.${Number(expires) + 3_600_000}.${id}.${signature}`,
    `${user}.${issued}.${expires}.${id}.${signature.slice(0, -2)}AA`,
    `${user}.${issued}.${expires}.${id}.`,
    `${user}.${expires}.${signature}`,
    'garbage',
  ];
  const stranger = await playwright.request.newContext();
  for (const cookie of forged) {
    const headers = { cookie: `cekat_session=${cookie}` };
    expect((await stranger.get(`${app.url}/api/orders?limit=1&page=1`, { headers })).status(), cookie).toBe(
      401,
    );
  }
  await stranger.dispose();
  const crossSite: Record<string, string>[] = [
    { 'sec-fetch-site': 'cross-site' },
    { origin: 'https://evil.example' },
    { origin: 'null' },
  ];
  for (const headers of crossSite) {
    const signInAttempt = await staff.post(`${app.url}/auth/sign-in`, {
      form: { user: 'alice', password: PASSWORD },
      headers,
      maxRedirects: 0,
    });
    expect(signInAttempt.status(), JSON.stringify(headers)).toBe(403);
    expect((await staff.post(`${app.url}/auth/sign-out`, { headers, maxRedirects: 0 })).status()).toBe(403);
  }
  expect((await staff.get(`${app.url}/api/orders?limit=1&page=1`)).status()).toBe(200);
  expect((await staff.get(`${app.url}/?q=${'x'.repeat(20_000)}`)).status()).toBe(431);
  const big = await staff.post(`${app.url}/auth/sign-in`, {
    form: { user: 'alice', password: 'x'.repeat(10_000) },
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect(big.headers()['content-security-policy']).toContain("default-src 'self'");
  await staff.dispose();
});

test("Fastify's and Node's own errors carry the headers and our body, never the raw path", async ({
  request,
}) => {
  for (const path of ['/%E0%A4%A<script>alert(1)</script>', `/${'a'.repeat(20_000)}`]) {
    const response = await request.get(`${app.url}${path}`, { maxRedirects: 0 });
    expect([400, 431], path.slice(0, 30)).toContain(response.status());
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    const text = await response.text();
    expect(text).not.toMatch(/script|%E0|aaaa/);
    expect(JSON.parse(text).error.message).toEqual(expect.any(String));
  }
});
