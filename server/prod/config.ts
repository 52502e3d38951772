import { isPasswordHash } from './password.ts';
import { MIN_SECRET_BITS, secretStrengthBits } from './secret-strength.ts';

export type Access = {
  /** User name → scrypt hash. */
  users: ReadonlyMap<string, string>;
  sessionSecret: string;
  sessionTtlMs: number;
};

export type ProdConfig = {
  port: number;
  host: string;
  distDir: string;
  /** Null: no sign-in, allowed only on a loopback address. */
  access: Access | null;
  /** Fastify's trustProxy: false, a hop count or a comma-separated address list (never `true`). */
  trustProxy: false | number | string;
  upstreamTimeoutMs: number;
  logLevel: string;
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const USER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.replace(/^\[|\]$/g, '').toLowerCase());
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return parsed;
}

/** `name:hash` pairs separated by commas or whitespace. */
export function parseUsers(raw: string): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of raw.split(/[\s,]+/).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    const hash = entry.slice(colon + 1);
    if (colon < 1 || !USER_NAME.test(name)) {
      throw new Error(`DASHBOARD_USERS: each entry is name:hash with a name of letters, digits, . _ @ -`);
    }
    if (!isPasswordHash(hash)) {
      throw new Error(`DASHBOARD_USERS: the hash for "${name}" is not one from server/prod/hash-password.ts`);
    }
    if (users.has(name)) throw new Error(`DASHBOARD_USERS: "${name}" is listed twice`);
    users.set(name, hash);
  }
  if (users.size === 0) throw new Error('DASHBOARD_USERS is set but lists no user');
  return users;
}

function trustProxyFrom(raw: string | undefined): ProdConfig['trustProxy'] {
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (raw === 'true') {
    throw new Error(
      'TRUST_PROXY=true believes any X-Forwarded-For a client sends, so every client could choose its own ' +
        'address and slip past the sign-in throttle. Set the number of proxies in front (TRUST_PROXY=1) or ' +
        'their addresses (TRUST_PROXY=127.0.0.1 or 10.0.0.0/8).',
    );
  }
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** The production server's settings; throws a message fit for an operator when they are unsafe or malformed. */
export function configFromEnv(env: NodeJS.ProcessEnv): ProdConfig {
  const host = value(env, 'HOST') ?? '127.0.0.1';
  const rawUsers = value(env, 'DASHBOARD_USERS');
  let access: Access | null = null;
  if (rawUsers !== undefined) {
    const sessionSecret = value(env, 'SESSION_SECRET');
    if (!sessionSecret || sessionSecret.length < 32) {
      throw new Error(
        'SESSION_SECRET must be set to at least 32 random characters (e.g. `openssl rand -hex 32`)',
      );
    }
    if (secretStrengthBits(sessionSecret) < MIN_SECRET_BITS) {
      throw new Error(
        'SESSION_SECRET is too predictable (repeated or few different characters): use random ones, ' +
          'e.g. `openssl rand -hex 32`',
      );
    }
    const hours = integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30);
    access = { users: parseUsers(rawUsers), sessionSecret, sessionTtlMs: hours * 3_600_000 };
  } else if (!isLoopback(host)) {
    throw new Error(
      `Refusing to listen on HOST=${host} without sign-in: anyone reaching that port could read every order ` +
        'and customer phone number. Set DASHBOARD_USERS and SESSION_SECRET (see server/prod/README.md), ' +
        'or use HOST=127.0.0.1 for a local, single-person setup.',
    );
  }
  const trustProxy = trustProxyFrom(value(env, 'TRUST_PROXY'));
  if (access === null && trustProxy !== false) {
    throw new Error(
      'TRUST_PROXY is set but DASHBOARD_USERS is not: behind a proxy, clients from the network would reach ' +
        'a dashboard without sign-in. Set DASHBOARD_USERS and SESSION_SECRET (see server/prod/README.md), ' +
        'or unset TRUST_PROXY for a local, single-person setup.',
    );
  }
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host,
    distDir: value(env, 'DIST_DIR') ?? 'dist',
    access,
    trustProxy,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 20_000, 100, 120_000),
    logLevel: value(env, 'LOG_LEVEL') ?? 'info',
  };
}
