import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Access } from './config.ts';
import { errorBody } from './http-error.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import type { SessionRevocations } from './revocations.ts';
import { safeNext, sameOriginPath } from './same-origin-path.ts';
import {
  createSessionToken,
  openSession,
  passwordFingerprint,
  readSessionToken,
  SESSION_COOKIE,
  type Session,
} from './session.ts';
import { SignInLimits } from './sign-in-limits.ts';
import { bouncePage, signInPage, signOutPage } from './sign-in-page.ts';
import { pickLanguage, WORDS, type Language } from './sign-in-words.ts';

/** The only paths answered without a session; everything else, every `/api/…` route included, needs one. */
const PUBLIC_PATH = /^\/(?:healthz|favicon\.svg|auth\/sign-in|auth\/sign-out|assets\/[\w.-]+)$/;

/** Fetch Metadata and Origin say the POST came from this site (blocks login CSRF and cross-site sign-out). */
export function isSameOriginPost(
  headers: Record<string, string | string[] | undefined>,
  host: string | undefined,
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

function languageOf(request: FastifyRequest): Language {
  return pickLanguage(request.cookies.lang, request.headers['accept-language']);
}

/** Staff sign-in: signed session cookies revocable on the server, throttled attempts, a deny-by-default guard. */
export async function registerAuth(
  app: FastifyInstance,
  access: Access,
  revocations: SessionRevocations,
): Promise<{ userOf: (request: FastifyRequest) => Promise<string | null> }> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 8 * 1024 });
  const limits = new SignInLimits(access.sessionTtlMs);
  const fingerprints = new Map([...access.users].map(([name, hash]) => [name, passwordFingerprint(hash)]));
  const sessionOf = async (request: FastifyRequest): Promise<Session | null> => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const session = readSessionToken(
      token,
      access.sessionSecret,
      (name) => fingerprints.get(name) ?? null,
      Date.now(),
    );
    return session && !(await revocations.isRevoked(session)) ? session : null;
  };
  const cookieOptions = (request: FastifyRequest) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
  });
  // The Host the browser sent (not X-Forwarded-Host, which a client behind a proxy can choose).
  const hostOf = (request: FastifyRequest) => request.headers.host;

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (PUBLIC_PATH.test(path) || (await sessionOf(request)) !== null) return;
    if (/^\/api(?:\/|$)/.test(path) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      const message = 'Not signed in, or the session has ended. Reload the page to sign in again.';
      return reply.code(401).header('cache-control', 'no-store').send(errorBody(401, message));
    }
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      return sendPage(reply, 200, bouncePage(languageOf(request), sameOriginPath(request.url) ?? '/'));
    }
    return reply
      .header('cache-control', 'no-store')
      .redirect(`/auth/sign-in?next=${encodeURIComponent(safeNext(request.url))}`, 303);
  });

  app.get<{ Querystring: { next?: string; 'signed-out'?: string } }>(
    '/auth/sign-in',
    async (request, reply) => {
      const next = safeNext(request.query.next);
      if ((await sessionOf(request)) !== null) return reply.redirect(next, 303);
      const words = WORDS[languageOf(request)];
      const signedOut = request.query['signed-out'];
      const notice =
        signedOut === undefined
          ? undefined
          : signedOut === 'everywhere'
            ? words.signedOutEverywhere
            : words.signedOut;
      return sendPage(reply, 200, signInPage(languageOf(request), { next, notice }));
    },
  );

  app.post<{ Body: Record<string, unknown> }>('/auth/sign-in', async (request, reply) => {
    if (!isSameOriginPost(request.headers, hostOf(request)))
      return reply.code(403).send(errorBody(403, 'Cross-site sign-in refused'));
    const language = languageOf(request);
    const body = request.body ?? {};
    const user = typeof body.user === 'string' ? body.user.trim().slice(0, 64) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const next = safeNext(body.next);
    const now = Date.now();
    const waitMs = limits.retryAfterMs(user, request.ip, now);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      request.log.warn({ event: 'sign-in', outcome: 'throttled', retryAfterS: seconds }, 'sign-in throttled');
      reply.header('retry-after', String(seconds));
      const error = WORDS[language].tooManyAttempts(seconds);
      return sendPage(reply, 429, signInPage(language, { next, user, error }));
    }
    const hash = access.users.get(user);
    const matches = await verifyPassword(password, hash ?? DUMMY_HASH);
    if (!hash || !matches) {
      limits.fail(user, request.ip, now);
      // Only a configured name is logged: a mistyped one could be a password or a phone number.
      request.log.warn(
        { event: 'sign-in', outcome: 'refused', user: hash ? user : undefined },
        'sign-in refused',
      );
      const error = WORDS[language].wrongPassword;
      return sendPage(reply, 401, signInPage(language, { next, user, error }));
    }
    limits.succeed(user, request.ip, now);
    const session = openSession(user, now, access.sessionTtlMs);
    const token = createSessionToken(session, fingerprints.get(user) ?? '', access.sessionSecret);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: access.sessionTtlMs / 1000 });
    request.log.info({ event: 'sign-in', outcome: 'ok', user }, 'signed in');
    return reply.header('cache-control', 'no-store').redirect(next, 303);
  });

  app.get('/auth/sign-out', async (request, reply) => {
    const session = await sessionOf(request);
    if (session === null) return reply.redirect('/auth/sign-in', 303);
    return sendPage(reply, 200, signOutPage(languageOf(request), session.user));
  });

  app.post<{ Body: Record<string, unknown> | undefined }>('/auth/sign-out', async (request, reply) => {
    if (!isSameOriginPost(request.headers, hostOf(request)))
      return reply.code(403).send(errorBody(403, 'Cross-site sign-out refused'));
    const session = await sessionOf(request);
    const everywhere = request.body?.everywhere === '1';
    if (session !== null) {
      // Revoked on the server too, so a copy of the cookie stops working now, not when it expires.
      if (everywhere) await revocations.revokeAllFor(session.user, Date.now());
      else await revocations.revokeSession(session);
      request.log.info({ event: 'sign-out', user: session.user, everywhere }, 'signed out');
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    const to = everywhere ? '/auth/sign-in?signed-out=everywhere' : '/auth/sign-in?signed-out';
    return reply.header('cache-control', 'no-store').redirect(to, 303);
  });
  return { userOf: async (request) => (await sessionOf(request))?.user ?? null };
}
