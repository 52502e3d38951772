import { fileURLToPath } from 'node:url';

/** The mirror's settings from the environment: off (browsers page the upstream), or on with its knobs. */
export type MirrorSettings =
  | { mode: 'off'; storeTimeZone: string }
  | {
      mode: 'on';
      storeTimeZone: string;
      /** A SQLite file path, `:memory:`, or a `postgres://` URL (see {@link isPostgresUrl}). */
      db: string;
      /** Requests a minute; null: half the announced limit, or as fast as the upstream answers. */
      rpm: number | null;
      headMs: number;
      sweepMs: number;
    };

/** Where the mirror lives by default: a git-ignored folder in the project. */
export const DEFAULT_MIRROR_DB = fileURLToPath(new URL('../../data/mirror.sqlite', import.meta.url));

export class MirrorSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorSettingsError';
  }
}

function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, unit: string): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || value < min) {
    throw new MirrorSettingsError(
      `${name} must be a number of ${unit} of at least ${min}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function timeZone(env: NodeJS.ProcessEnv): string {
  const zone = read(env, 'STORE_TIMEZONE') ?? 'Asia/Jakarta';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new MirrorSettingsError(
      `STORE_TIMEZONE must be an IANA time zone such as Asia/Jakarta, got ${JSON.stringify(zone)}`,
    );
  }
  return zone;
}

/** A MIRROR_DB that names a PostgreSQL database (several server copies) rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

function database(env: NodeJS.ProcessEnv): string {
  const raw = read(env, 'MIRROR_DB');
  if (raw === undefined) return DEFAULT_MIRROR_DB;
  // Never echo the value: a URL holds the password.
  if (isPostgresUrl(raw) && !URL.canParse(raw)) {
    throw new MirrorSettingsError(
      'MIRROR_DB is not a valid URL such as postgres://user:password@host:5432/mirror',
    );
  }
  return raw;
}

/** Reads MIRROR, MIRROR_DB, MIRROR_RPM, MIRROR_HEAD_SECONDS, MIRROR_SWEEP_HOURS and STORE_TIMEZONE. */
export function mirrorSettingsFromEnv(env: NodeJS.ProcessEnv): MirrorSettings {
  const storeTimeZone = timeZone(env);
  const mode = (read(env, 'MIRROR') ?? 'on').toLowerCase();
  if (mode === 'off') return { mode, storeTimeZone };
  if (mode !== 'on') throw new MirrorSettingsError(`MIRROR must be on or off, got ${JSON.stringify(mode)}`);
  const rpm =
    // Below 1 for a day's quota: Cekat's Free plan allows 1,000 requests a day (0.5 a minute is 720).
    read(env, 'MIRROR_RPM') === undefined ? null : positive(env, 'MIRROR_RPM', 0, 0.1, 'requests a minute');
  return {
    mode,
    storeTimeZone,
    db: database(env),
    rpm,
    headMs: positive(env, 'MIRROR_HEAD_SECONDS', 30, 1, 'seconds') * 1000,
    sweepMs: positive(env, 'MIRROR_SWEEP_HOURS', 6, 0.01, 'hours') * 3_600_000,
  };
}
