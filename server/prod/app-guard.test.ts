import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSecurityHeaders,
  get,
  raw,
  signIn as signInTo,
  startApps,
  type Apps,
} from './testing/app-fixture.ts';

let apps: Apps;
let base = '';
const signIn = () => signInTo(base);

beforeAll(async () => {
  apps = await startApps();
  base = apps.base;
});

afterAll(async () => {
  await Promise.all([apps.signedIn.close(), apps.open.close()]);
});

describe('open redirects', () => {
  it.each([
    '//evil.example/x',
    '//evil.example',
    '/\\evil.example/x',
    '//\\evil.example',
    '/%2F%2Fevil.example',
  ])('a cross-site link to %s bounces to a same-origin path', async (path) => {
    const answer = await raw(
      base,
      `GET ${path} HTTP/1.1\r\nHost: orders.example.com\r\nSec-Fetch-Site: cross-site\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(200);
    const target = /content="0;url=([^"]*)"/.exec(answer.body)?.[1] ?? '';
    const href = /<a href="([^"]*)"/.exec(answer.body)?.[1] ?? '';
    for (const url of [target, href]) {
      expect(
        new URL(
          url.replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c))),
          'https://orders.example.com/',
        ).host,
      ).toBe('orders.example.com');
    }
    expect(answer.body).not.toMatch(/url=\/\/|url=\/\\/);
  });

  it.each(['//evil.example/x', '/\\evil.example', '/%2F%2Fevil.example'])(
    'a direct visit to %s goes to sign-in with a safe next',
    async (path) => {
      const answer = await raw(
        base,
        `GET ${path} HTTP/1.1\r\nHost: orders.example.com\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status).toBe(303);
      const next =
        new URL(answer.headers.location ?? '', 'https://orders.example.com').searchParams.get('next') ?? '';
      expect(new URL(next, 'https://orders.example.com/').host).toBe('orders.example.com');
    },
  );

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', '/\t/evil.example'])(
    'sign-in with next=%s lands on /',
    async (next) => {
      const cookie = await signIn();
      const answer = await get(base, `/auth/sign-in?next=${encodeURIComponent(next)}`, { cookie });
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe('/');
    },
  );
});

describe('sign-out', () => {
  it('ends the session on the server: a copied cookie stops working', async () => {
    const cookie = await signIn();
    const other = await signIn();
    expect((await get(base, '/api/mirror/status', { cookie })).status).toBe(200);
    const out = await fetch(`${base}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    expect((await get(base, '/api/mirror/status', { cookie })).status).toBe(401);
    expect((await get(base, '/', { cookie })).status).toBe(303);
    expect((await get(base, '/api/mirror/status', { cookie: other })).status).toBe(200);
  });

  it('"everywhere" ends every session of the user', async () => {
    const [first, second] = [await signIn(), await signIn()];
    const out = await fetch(`${base}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'everywhere=1',
      redirect: 'manual',
    });
    expect(out.headers.get('location')).toBe('/auth/sign-in?signed-out=everywhere');
    for (const cookie of [first, second])
      expect((await get(base, '/api/mirror/status', { cookie })).status).toBe(401);
    const fresh = await signIn();
    expect((await get(base, '/api/mirror/status', { cookie: fresh })).status).toBe(200);
  });
});

describe('the guard', () => {
  it('covers every /api/ route, including ones mounted beside the proxy, and HEAD is refused like upstream', async () => {
    for (const path of ['/api/mirror/status', '/api/config', '/api/orders', '/api', '/api/']) {
      const answer = await get(base, path);
      expect(answer.status, path).toBe(401);
      expectSecurityHeaders(answer, path);
    }
    const cookie = await signIn();
    const mirrorAnswer = await get(base, '/api/mirror/status', { cookie });
    expect(JSON.parse(mirrorAnswer.body)).toEqual({ mirror: 'ok' });
    expectSecurityHeaders(mirrorAnswer, 'mirror');
    const head = await get(base, '/api/orders', { cookie }, 'HEAD');
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe('GET');
  });

  it('assets are public only as flat file names', async () => {
    expect((await get(base, '/assets/app-abc123.js')).status).toBe(200);
    for (const path of ['/assets/../api/orders', '/assets/%2e%2e/api/orders', '/assets/x/../../index.html'])
      expect(
        (await raw(base, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).status,
        path,
      ).not.toBe(200);
  });
});

describe('the sign-in page speaks Indonesian and English', () => {
  it.each([
    [{}, 'en', 'User name'],
    [{ 'accept-language': 'id-ID,id;q=0.9' }, 'id', 'Nama pengguna'],
    [{ 'accept-language': 'en-US', cookie: 'lang=id' }, 'id', 'Kata sandi'],
    [{ 'accept-language': 'id', cookie: 'lang=en' }, 'en', 'Password'],
  ])('%o → %s', async (headers, lang, word) => {
    const answer = await get(base, '/auth/sign-in', headers);
    expect(answer.body).toContain(`<html lang="${lang}">`);
    expect(answer.body).toContain(word);
  });

  it('wrong-password message in Indonesian', async () => {
    const response = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers: { 'accept-language': 'id' },
      body: new URLSearchParams({ user: 'nobody', password: 'x' }),
    });
    expect(await response.text()).toContain('Nama pengguna atau kata sandi salah.');
  });
});
