/**
 * The servers the e2e suite runs against, started by playwright.config.ts. Each stack is a `vite preview` of
 * the built app (or `npm run dev` for the dev stack) over an emulator whose port the specs know, so a spec
 * can compare what the page shows with the emulator's own figures (`/__emulator/summary`).
 */
export type Stack = {
  name: string;
  appPort: number;
  emulatorPort: number;
  /** Environment for the app server (and its embedded emulator). */
  env: Record<string, string>;
  command: 'preview' | 'dev' | 'preview-external';
  emulatorArgs?: string;
};

// Lets several checkouts (or people) run the suite at once on one machine without port clashes.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;

export const EMULATOR_KEY = 'e2e-secret-key-do-not-leak';

/** Today's page-by-page sync through the pass-through proxy (the sync specs run it against `MIRROR=off`). */
const MIRROR_OFF = { MIRROR: 'off' };

export const stacks = {
  /** The default dataset most specs use: embedded emulator, fixed seed. */
  main: {
    name: 'main',
    appPort: 4321 + OFFSET,
    emulatorPort: 4301 + OFFSET,
    command: 'preview',
    env: { EMULATOR_SEED: '7', EMULATOR_COUNT: '3000', EMULATOR_KEY: EMULATOR_KEY },
  },
  /** `npm run dev` exactly as a newcomer runs it (embedded emulator, defaults). */
  dev: { name: 'dev', appPort: 4322 + OFFSET, emulatorPort: 4302 + OFFSET, command: 'dev', env: {} },
  /** A separately started emulator with another seed and key, reached through CEKAT_API_BASE_URL. */
  external: {
    name: 'external',
    appPort: 4323 + OFFSET,
    emulatorPort: 4303 + OFFSET,
    command: 'preview-external',
    env: {},
    emulatorArgs: '--seed 99 --count 250 --key second-upstream-key',
  },
  /** Odd but legal data: nulls, strings for numbers, unknown statuses, HTML in names. */
  awkward: {
    name: 'awkward',
    appPort: 4324 + OFFSET,
    emulatorPort: 4304 + OFFSET,
    command: 'preview',
    env: { EMULATOR_SEED: '5', EMULATOR_COUNT: '400', EMULATOR_AWKWARD: '0.25' },
  },
  /** Orders arriving while the browser pages (offsets shift) and a small rate limit, so a sync meets a 429. */
  syncLive: {
    name: 'syncLive',
    appPort: 4325 + OFFSET,
    emulatorPort: 4305 + OFFSET,
    command: 'preview',
    env: {
      EMULATOR_SEED: '11',
      EMULATOR_COUNT: '1500',
      // The history's end pinned: the newest orders' data (ids too) depends on the anchor's time of day, and
      // the spec regenerates the history to check that every order of it is held.
      EMULATOR_ANCHOR: '2026-11-30T05:00:00.000Z',
      EMULATOR_LIVE: '1',
      EMULATOR_RPM: '6',
      // A 6 s rate window instead of a minute: the same 429 and resume, in seconds.
      EMULATOR_RATE_WINDOW_MS: '6000',
      EMULATOR_KEY: EMULATOR_KEY,
      ...MIRROR_OFF,
    },
  },
  /** An upstream failing every request with 5xx: the sync must give up after bounded retries and say so. */
  syncFailing: {
    name: 'syncFailing',
    appPort: 4326 + OFFSET,
    emulatorPort: 4306 + OFFSET,
    command: 'preview',
    env: { EMULATOR_SEED: '3', EMULATOR_COUNT: '200', EMULATOR_FAIL_RATE: '1', ...MIRROR_OFF },
  },
  /** A mirror that looks upstream every few seconds: changes reach open pages live, without a Refresh. */
  mirrorLive: {
    name: 'mirrorLive',
    appPort: 4327 + OFFSET,
    emulatorPort: 4307 + OFFSET,
    command: 'preview',
    env: {
      EMULATOR_SEED: '21',
      EMULATOR_COUNT: '1500',
      MIRROR_HEAD_SECONDS: '2',
      // The whole history re-read every 36 s (the shortest period allowed), so a deep change arrives too.
      MIRROR_SWEEP_HOURS: '0.01',
    },
  },
  /** A mirror that looks upstream only when asked (hourly head, daily sweep), orders arriving all the while. */
  mirrorRefresh: {
    name: 'mirrorRefresh',
    appPort: 4328 + OFFSET,
    emulatorPort: 4308 + OFFSET,
    command: 'preview',
    env: {
      EMULATOR_SEED: '22',
      EMULATOR_COUNT: '1500',
      EMULATOR_LIVE: '0.5',
      MIRROR_HEAD_SECONDS: '3600',
      MIRROR_SWEEP_HOURS: '24',
    },
  },
  /** A mirror quiet after its first read (hourly head): what several staff browsers cost the upstream. */
  mirrorShared: {
    name: 'mirrorShared',
    appPort: 4329 + OFFSET,
    emulatorPort: 4309 + OFFSET,
    command: 'preview',
    env: { EMULATOR_SEED: '23', EMULATOR_COUNT: '3000', MIRROR_HEAD_SECONDS: '3600' },
  },
  /** A mirror sweeping every 36 s over an upstream whose orders get deleted: what leaves the list leaves the page. */
  mirrorDeletions: {
    name: 'mirrorDeletions',
    appPort: 4330 + OFFSET,
    emulatorPort: 4310 + OFFSET,
    command: 'preview',
    env: { EMULATOR_SEED: '24', EMULATOR_COUNT: '800', MIRROR_HEAD_SECONDS: '2', MIRROR_SWEEP_HOURS: '0.01' },
  },
} satisfies Record<string, Stack>;

// Every stack's mirror lives in memory (unless a stack says otherwise), so test runs never share state on disk.
for (const stack of Object.values(stacks) as Stack[]) stack.env = { MIRROR_DB: ':memory:', ...stack.env };

export const appUrl = (stack: Stack) => `http://127.0.0.1:${stack.appPort}`;
export const emulatorUrl = (stack: Pick<Stack, 'emulatorPort'>) => `http://127.0.0.1:${stack.emulatorPort}`;

export type EmulatorSummary = {
  count: number;
  maxPageSize: number;
  byStatus: Record<string, { count: number; revenue: number }>;
  totalRevenue: number;
  /** Upstream API requests the emulator answered since start (or `reset-stats`). */
  requests: { total: number; ok: number; rateLimited: number; failed: number; unauthorized: number };
};

export async function emulatorSummary(stack: Pick<Stack, 'emulatorPort'>): Promise<EmulatorSummary> {
  const response = await fetch(`${emulatorUrl(stack)}/__emulator/summary`);
  return (await response.json()) as EmulatorSummary;
}

export type StatusChange = { id: string; from: string; to: string };

/** Moves `count` orders on in their life upstream now (the emulator's test-support route). */
export async function changeStatuses(
  stack: Pick<Stack, 'emulatorPort'>,
  count: number,
): Promise<StatusChange[]> {
  const response = await fetch(`${emulatorUrl(stack)}/__emulator/status-changes?count=${count}`, {
    method: 'POST',
  });
  return ((await response.json()) as { changes: StatusChange[] }).changes;
}

/** Deletes `count` orders of the upstream's history now (the emulator's test-support route); their ids. */
export async function deleteOrders(stack: Pick<Stack, 'emulatorPort'>, count: number): Promise<string[]> {
  const response = await fetch(`${emulatorUrl(stack)}/__emulator/deletions?count=${count}`, {
    method: 'POST',
  });
  return ((await response.json()) as { deleted: string[] }).deleted;
}

/** Where `vite build` wrote the app (`DIST_DIR`, default `dist`). */
export const distDir = process.env.DIST_DIR || 'dist';
