import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const PASSWORD = 'correct horse battery';
const HASH = 'scrypt.15.8.1.akWwUHX45ZE-xqN_P8SCzw.eoU_gjcyTXmSJsiKN_W_FjCV7bzU13Qe0P8_gmYHCYw';
const SECRET = 'unit-session-secret-7c1f0e9a4b2d8c6e3f5a';
const dist = mkdtempSync(join(tmpdir(), 'prod-app-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
);
writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');

const mirror: FastifyPluginAsync = async (app) => {
  app.get('/api/mirror/status', async () => ({ mirror: 'ok' }));
};

let signedIn: FastifyInstance;
let open: FastifyInstance;
let base = '';
let openBase = '';

beforeAll(async () => {
  const upstream = { baseUrl: 'http://127.0.0.1:1', apiKey: 'k'.repeat(20) };
  const env = {
    DASHBOARD_USERS: `alice:${HASH}`,
    SESSION_SECRET: SECRET,
    DIST_DIR: dist,
    LOG_LEVEL: 'error',
  };
  signedIn = await buildApp({ config: configFromEnv(env), upstream, apiPlugins: [mirror] });
  open = await buildApp({ config: configFromEnv({ DIST_DIR: dist, LOG_LEVEL: 'error' }), upstream });
  base = await signedIn.listen({ port: 0, host: '127.0.0.1' });
  openBase = await open.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await Promise.all([signedIn.close(), open.close()]);
});

type Answer = { status: number; headers: Record<string, string>; body: string };

/** A raw HTTP exchange: the exact bytes of the request line and headers, as an attacker would send them. */
function raw(url: string, text: string): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

function get(
  url: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { method, headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers as Record<string, string>,
          body,
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

async function signIn(): Promise<string> {
  const response = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ user: 'alice', password: PASSWORD, next: '/' }),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(answer.headers[name], `${what}: ${name}`).toBe(value);
}

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

describe('without staff accounts', () => {
  it('answers on localhost', async () => {
    expect((await get(openBase, '/healthz')).status).toBe(200);
  });

  it.each([
    { 'x-forwarded-host': 'localhost' },
    { 'x-forwarded-for': '127.0.0.1' },
    { forwarded: 'host=localhost' },
    { 'x-real-ip': '127.0.0.1' },
    { via: '1.1 proxy' },
  ] as Record<string, string>[])('refuses a request carrying proxy headers %o', async (headers) => {
    const answer = await get(openBase, '/api/orders?limit=1', headers);
    expect(answer.status).toBe(421);
    expectSecurityHeaders(answer, 'refusal');
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect((await get(openBase, '/', { host: 'rebind.evil.example' })).status).toBe(421);
  });
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

describe('every answer carries the headers and our own error body', () => {
  it.each([
    [
      'a bad URL',
      'GET /%E0%A4%A<script>alert(1)</script> HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      400,
    ],
    ['a bad URL on an API path', 'GET /api/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['headers too large', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a long URL', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ['a malformed request line', 'GET /<script> HTTP/9.9\r\n\r\n', 400],
    ['a bad header', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header<script>: 1\r\n\r\n', 400],
    [
      'an unknown content type',
      'POST /auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: text/<script>\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx',
      415,
    ],
    [
      'a body too large',
      `POST /api/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20000\r\nConnection: close\r\n\r\n${'1'.repeat(20_000)}`,
      413,
    ],
    [
      'bad JSON',
      'POST /auth/sign-out HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\n{"<script',
      400,
    ],
    ['a missing file', 'GET /missing-<script>.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
  ])('%s', async (_what, text, status) => {
    for (const url of [base, openBase]) {
      const answer = await raw(
        url,
        text.replace('Host: x', url === openBase ? 'Host: localhost' : 'Host: x'),
      );
      // Without a session the guard answers 401 before these on the signed-in server.
      if (url === base && (status === 404 || status === 413)) continue;
      expect(answer.status, url).toBe(status);
      expectSecurityHeaders(answer, `${url} ${status}`);
      expect(answer.body).not.toMatch(/script|%E0|<|FST_/i);
      expect(JSON.parse(answer.body)).toMatchObject({
        status_code: status,
        error: { message: expect.any(String) },
      });
    }
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

describe('behind a proxy', () => {
  it.each(['1', '127.0.0.1'])('TRUST_PROXY=%s believes the proxy about TLS', async (trust) => {
    const env = {
      DASHBOARD_USERS: `alice:${HASH}`,
      SESSION_SECRET: SECRET,
      DIST_DIR: dist,
      LOG_LEVEL: 'error',
    };
    const proxied = await buildApp({
      config: configFromEnv({ ...env, TRUST_PROXY: trust }),
      upstream: { baseUrl: 'http://127.0.0.1:1', apiKey: 'k' },
    });
    const url = await proxied.listen({ port: 0, host: '127.0.0.1' });
    try {
      const answer = await get(url, '/auth/sign-in', {
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.5',
      });
      expect(answer.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await proxied.close();
    }
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

describe('shutting down', () => {
  it('answers new requests on open connections with 503, our body and the headers', async () => {
    const closing = await buildApp({
      config: configFromEnv({ DIST_DIR: dist, LOG_LEVEL: 'error' }),
      upstream: { baseUrl: 'http://127.0.0.1:1', apiKey: 'k' },
    });
    closing.get('/slow', async () => new Promise((done) => setTimeout(() => done({ ok: true }), 300)));
    const url = await closing.listen({ port: 0, host: '127.0.0.1' });
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.write('GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((done) => setTimeout(done, 50));
    const closed = closing.close();
    await new Promise((done) => setTimeout(done, 50));
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await closed;
    await new Promise((done) => socket.once('close', done));
    const second = data.slice(data.indexOf('HTTP/1.1', 10));
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second.toLowerCase()).toContain("content-security-policy: default-src 'self'");
    expect(second).toContain('"status_code":503');
  });
});
