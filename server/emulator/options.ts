import { DEFAULT_AWKWARD_FRACTION, type Knob, KNOBS } from './knobs.ts';

export type RetryAfterFormat = 'seconds' | 'date';

export type EmulatorOptions = {
  /** Orders generated at start. */
  count: number;
  seed: number;
  port: number;
  host: string;
  /** The API key clients must send as `Authorization: Bearer <key>` or `api_key: <key>`. */
  key: string;
  /** Largest `limit` honoured; larger asks get this many. */
  maxPageSize: number;
  /** Requests per fixed window (a minute unless `rateWindowMs` says otherwise); 0: unlimited, no headers. */
  rpm: number;
  /** Length of a rate-limit window; shorter than the real minute only to make benchmarks quick. */
  rateWindowMs: number;
  retryAfterFormat: RetryAfterFormat;
  /** Delay added before every API response. */
  latencyMs: number;
  /** Probability (0..1) that an authenticated API request fails with 500, 502 or 503. */
  failRate: number;
  /** New orders per second arriving at the head of the list while the emulator runs. */
  live: number;
  /** Existing orders per second moving on in their life (pending → paid → …), mostly recent ones. */
  statusChanges: number;
  deletions: number;
  /** Fraction (0..1) of orders made awkward: nulls, strings for numbers, unknown statuses, hostile text. */
  awkward: number;
  /** "Now" for the generated history; unset means the time of start. Fix it for byte-identical data. */
  anchor?: Date;
  /** Clock in epoch milliseconds for rate-limit windows and live orders; tests inject a fake one. */
  now?: () => number;
};

export const defaultEmulatorOptions: EmulatorOptions = {
  count: 5000,
  seed: 1,
  port: 4010,
  host: '127.0.0.1',
  key: 'emulator-local-key',
  maxPageSize: 100,
  rpm: 0,
  rateWindowMs: 60_000,
  retryAfterFormat: 'seconds',
  latencyMs: 0,
  failRate: 0,
  live: 0,
  statusChanges: 0,
  deletions: 0,
  awkward: 0,
};

function applyKnob(options: EmulatorOptions, knob: Knob, raw: string, source: string): void {
  try {
    (options as Record<string, unknown>)[knob.key] = knob.parse(raw);
  } catch (error) {
    throw new Error(`${source}=${JSON.stringify(raw)}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Options from `EMULATOR_*` variables, then `argv` flags (the arguments after the script; flags win).
 * An empty variable counts as unset. `--flag value` and `--flag=value` both work; `--help` is ignored here.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv, argv: string[] = []): EmulatorOptions {
  const options: EmulatorOptions = { ...defaultEmulatorOptions };
  for (const knob of KNOBS) {
    const raw = env[knob.env];
    if (raw !== undefined && raw !== '') {
      applyKnob(
        options,
        knob,
        knob.key === 'awkward' && raw === 'true' ? String(DEFAULT_AWKWARD_FRACTION) : raw,
        knob.env,
      );
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') continue;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const knob = KNOBS.find((k) => k.flag === flag);
    if (!knob) throw new Error(`unknown option ${arg} (try --help)`);
    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        raw = next;
        i++;
      } else if (knob.key === 'awkward') {
        raw = String(DEFAULT_AWKWARD_FRACTION);
      } else {
        throw new Error(`${flag} needs a value`);
      }
    }
    applyKnob(options, knob, raw, flag);
  }
  return options;
}
