import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorBody } from './http-error.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** SPA fallback only for page-like GETs: not the API, not the auth pages, not a missing file with an extension. */
export function isSpaRoute(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?', 1)[0] ?? '';
  if (/^\/(api|auth)(\/|$)/.test(path) || path === '/healthz') return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/** Tells the page that it sits behind staff sign-in, so it can offer "Sign out" (no script: CSP-safe). */
export const SIGN_OUT_META = '<meta name="cekat-sign-out" content="/auth/sign-out" />';

export type StaticOptions = {
  /** Whether staff sign-in guards the page (then index.html carries SIGN_OUT_META). */
  signIn: boolean;
};

/** `dist/` with long immutable caching for hashed assets, `no-cache` for the rest, and the SPA fallback. */
export async function registerStaticFiles(
  app: FastifyInstance,
  distDir: string,
  options: StaticOptions = { signIn: false },
): Promise<void> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html is missing: run \`npm run build\` first (or point DIST_DIR at a build)`,
    );
  }
  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: true,
    cacheControl: false,
    dotfiles: 'deny',
    setHeaders(reply, path) {
      const hashed = path.startsWith(resolve(root, 'assets'));
      reply.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
    },
  });
  const indexHtml = readFileSync(resolve(root, 'index.html'), 'utf8').replace(
    '<head>',
    options.signIn ? `<head>\n    ${SIGN_OUT_META}` : '<head>',
  );
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  // The static plugin answers a directory (like `/`) with 403 when `index` is off, so `/` is routed here.
  app.get('/', async (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler(async (request, reply) => {
    if (!isSpaRoute(request.method, request.url)) {
      return reply.code(404).header('cache-control', 'no-store').send(errorBody(404, 'Not found'));
    }
    return sendIndex(reply);
  });
}
