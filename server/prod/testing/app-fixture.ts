import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildApp } from '../app.ts';
import { configFromEnv } from '../config.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';

export const PASSWORD = 'correct horse battery';
export const HASH = 'scrypt.15.8.1.akWwUHX45ZE-xqN_P8SCzw.eoU_gjcyTXmSJsiKN_W_FjCV7bzU13Qe0P8_gmYHCYw';
export const SECRET = 'unit-session-secret-7c1f0e9a4b2d8c6e3f5a';

/** A minimal built app: index.html and one hashed asset. */
export function makeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'prod-app-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  return dist;
}

// A route mounted beside the proxy, as the order mirror's are.
const mirror: FastifyPluginAsync = async (app) => {
  app.get('/api/mirror/status', async () => ({ mirror: 'ok' }));
};

export type Apps = {
  signedIn: FastifyInstance;
  open: FastifyInstance;
  base: string;
  openBase: string;
  dist: string;
};

/** Two listening servers on free ports: one with staff accounts (and the mirror route), one without. */
export async function startApps(): Promise<Apps> {
  const dist = makeDist();
  const upstream = { baseUrl: 'http://127.0.0.1:1', apiKey: 'k'.repeat(20) };
  const env = {
    DASHBOARD_USERS: `alice:${HASH}`,
    SESSION_SECRET: SECRET,
    DIST_DIR: dist,
    LOG_LEVEL: 'error',
  };
  const signedIn = await buildApp({ config: configFromEnv(env), upstream, apiPlugins: [mirror] });
  const open = await buildApp({ config: configFromEnv({ DIST_DIR: dist, LOG_LEVEL: 'error' }), upstream });
  const base = await signedIn.listen({ port: 0, host: '127.0.0.1' });
  const openBase = await open.listen({ port: 0, host: '127.0.0.1' });
  return { signedIn, open, base, openBase, dist };
}

export type Answer = { status: number; headers: Record<string, string>; body: string };

/** A raw HTTP exchange: the exact bytes of the request line and headers, as an attacker would send them. */
export function raw(url: string, text: string): Promise<Answer> {
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

export function get(
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

export async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ user: 'alice', password: PASSWORD, next: '/' }),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(answer.headers[name], `${what}: ${name}`).toBe(value);
}
