import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Access } from './config.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { createSessionToken, passwordFingerprint, readSessionToken, SESSION_COOKIE } from './session.ts';
import { bouncePage, signInPage, signOutPage } from './sign-in-page.ts';
import { SignInThrottle } from './throttle.ts';

const PUBLIC_PATH = /^\/(healthz|favicon\.svg|auth\/sign-in|auth\/sign-out|assets\/[^?]*)$/;

/** A same-origin path to return to after sign-in; anything else (other hosts, `//x`, `/\x`, auth pages) is `/`. */
export function safeNext(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000 || !/^\/(?![/\\])[\x20-\x7e]*$/.test(raw)) return '/';
  return raw.startsWith('/auth/') ? '/' : raw;
}

/** Fetch Metadata and Origin say the POST came from this site (blocks login CSRF and cross-site sign-out). */
export function isSameOriginPost(
  headers: Record<string, string | string[] | undefined>,
  host: string,
): boolean {
  // Sec-Fetch-Site cannot be set by page script; browsers without it fall back to the Origin check.
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string' || origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/** Staff sign-in: stateless HMAC session cookie, throttled attempts, a guard in front of everything private. */
export async function registerAuth(app: FastifyInstance, access: Access): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 8 * 1024 });
  const byUser = new SignInThrottle({
    freeFailures: 4,
    baseDelayMs: 15_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: 60 * 60_000,
    maxKeys: 10_000,
  });
  const byAddress = new SignInThrottle({
    freeFailures: 19,
    baseDelayMs: 5_000,
    maxDelayMs: 15 * 60_000,
    forgetAfterMs: 60 * 60_000,
    maxKeys: 50_000,
  });
  const fingerprints = new Map([...access.users].map(([name, hash]) => [name, passwordFingerprint(hash)]));
  const userOf = (request: FastifyRequest): string | null => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    return readSessionToken(
      token,
      access.sessionSecret,
      (name) => fingerprints.get(name) ?? null,
      Date.now(),
    );
  };
  const cookieOptions = (request: FastifyRequest) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
  });

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (PUBLIC_PATH.test(path) || userOf(request) !== null) return;
    if (/^\/api(\/|$)/.test(path)) {
      const error = { message: 'Not signed in, or the session has ended. Reload the page to sign in again.' };
      return reply
        .code(401)
        .header('cache-control', 'no-store')
        .send({ success: false, status_code: 401, error });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply
        .code(401)
        .header('cache-control', 'no-store')
        .send({ error: { message: 'Sign in first' } });
    }
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return sendPage(reply, 200, bouncePage(request.url));
    return reply
      .header('cache-control', 'no-store')
      .redirect(`/auth/sign-in?next=${encodeURIComponent(request.url)}`, 303);
  });

  app.get<{ Querystring: { next?: string; 'signed-out'?: string } }>(
    '/auth/sign-in',
    async (request, reply) => {
      const next = safeNext(request.query.next);
      if (userOf(request) !== null) return reply.redirect(next, 303);
      const notice = request.query['signed-out'] !== undefined ? 'You have signed out.' : undefined;
      return sendPage(reply, 200, signInPage({ next, notice }));
    },
  );

  app.post<{ Body: Record<string, unknown> }>('/auth/sign-in', async (request, reply) => {
    if (!isSameOriginPost(request.headers, request.host))
      return reply.code(403).send({ error: { message: 'Cross-site sign-in refused' } });
    const body = request.body ?? {};
    const user = typeof body.user === 'string' ? body.user.trim().slice(0, 64) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const next = safeNext(body.next);
    const now = Date.now();
    const userKey = user.toLowerCase();
    const waitMs = Math.max(byAddress.retryAfterMs(request.ip, now), byUser.retryAfterMs(userKey, now));
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      request.log.warn({ event: 'sign-in', outcome: 'throttled', retryAfterS: seconds }, 'sign-in throttled');
      reply.header('retry-after', String(seconds));
      return sendPage(
        reply,
        429,
        signInPage({ next, user, error: `Too many attempts. Try again in ${seconds} seconds.` }),
      );
    }
    const hash = access.users.get(user);
    const matches = await verifyPassword(password, hash ?? DUMMY_HASH);
    if (!hash || !matches) {
      byAddress.fail(request.ip, now);
      byUser.fail(userKey, now);
      // Only a configured name is logged: a mistyped one could be a password or a phone number.
      request.log.warn(
        { event: 'sign-in', outcome: 'refused', user: hash ? user : undefined },
        'sign-in refused',
      );
      return sendPage(reply, 401, signInPage({ next, user, error: 'Wrong user name or password.' }));
    }
    byUser.succeed(userKey);
    const token = createSessionToken(
      user,
      fingerprints.get(user) ?? '',
      access.sessionSecret,
      now + access.sessionTtlMs,
    );
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: access.sessionTtlMs / 1000 });
    request.log.info({ event: 'sign-in', outcome: 'ok', user }, 'signed in');
    return reply.header('cache-control', 'no-store').redirect(next, 303);
  });

  app.get('/auth/sign-out', async (request, reply) => {
    const user = userOf(request);
    if (user === null) return reply.redirect('/auth/sign-in', 303);
    return sendPage(reply, 200, signOutPage(user));
  });

  app.post('/auth/sign-out', async (request, reply) => {
    if (!isSameOriginPost(request.headers, request.host))
      return reply.code(403).send({ error: { message: 'Cross-site sign-out refused' } });
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.header('cache-control', 'no-store').redirect('/auth/sign-in?signed-out', 303);
  });
}
