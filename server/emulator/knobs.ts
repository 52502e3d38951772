import type { EmulatorOptions } from './options.ts';

/** `--awkward` given without a value. */
export const DEFAULT_AWKWARD_FRACTION = 0.2;

export type Knob = {
  key: Exclude<keyof EmulatorOptions, 'now'>;
  flag: string;
  env: string;
  parse: (raw: string) => unknown;
  meaning: string;
};

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (raw: string) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      throw new Error(`expected an integer from ${min} to ${max}`);
    }
    return value;
  };
const fraction = (raw: string) => {
  const value = Number(raw);
  if (raw.trim() === '' || !(value >= 0 && value <= 1)) throw new Error('expected a number from 0 to 1');
  return value;
};
const nonNegative = (raw: string) => {
  const value = Number(raw);
  if (raw.trim() === '' || !(value >= 0 && Number.isFinite(value))) throw new Error('expected a number ≥ 0');
  return value;
};

export const KNOBS: readonly Knob[] = [
  {
    key: 'count',
    flag: '--count',
    env: 'EMULATOR_COUNT',
    parse: integer(0, 5_000_000),
    meaning: 'orders generated at start',
  },
  {
    key: 'seed',
    flag: '--seed',
    env: 'EMULATOR_SEED',
    parse: integer(0, 2 ** 32 - 1),
    meaning: 'PRNG seed: same seed and anchor give the same data',
  },
  {
    key: 'port',
    flag: '--port',
    env: 'EMULATOR_PORT',
    parse: integer(0, 65535),
    meaning: 'TCP port; 0 picks a free one',
  },
  {
    key: 'host',
    flag: '--host',
    env: 'EMULATOR_HOST',
    parse: (raw) => raw,
    meaning: 'interface to listen on',
  },
  {
    key: 'key',
    flag: '--key',
    env: 'EMULATOR_KEY',
    parse: (raw) => raw,
    meaning: 'API key accepted as `Authorization: Bearer <key>` or `api_key: <key>`',
  },
  {
    key: 'maxPageSize',
    flag: '--max-page-size',
    env: 'EMULATOR_MAX_PAGE_SIZE',
    parse: integer(1),
    meaning: 'largest `limit` honoured; larger asks are capped to it',
  },
  {
    key: 'rpm',
    flag: '--rpm',
    env: 'EMULATOR_RPM',
    parse: integer(0),
    meaning: 'requests allowed per fixed window (a minute), then 429; 0 = unlimited, no rate-limit headers',
  },
  {
    key: 'rateWindowMs',
    flag: '--rate-window-ms',
    env: 'EMULATOR_RATE_WINDOW_MS',
    parse: integer(1),
    meaning: 'length of a rate-limit window in ms (the real API: a minute); shorten it for quick benchmarks',
  },
  {
    key: 'retryAfterFormat',
    flag: '--retry-after-format',
    env: 'EMULATOR_RETRY_AFTER_FORMAT',
    parse: (raw) => {
      if (raw !== 'seconds' && raw !== 'date') throw new Error('expected "seconds" or "date"');
      return raw;
    },
    meaning: '`Retry-After` on 429 as delta `seconds` or an HTTP `date`',
  },
  {
    key: 'latencyMs',
    flag: '--latency',
    env: 'EMULATOR_LATENCY_MS',
    parse: nonNegative,
    meaning: 'milliseconds added before every API response',
  },
  {
    key: 'failRate',
    flag: '--fail-rate',
    env: 'EMULATOR_FAIL_RATE',
    parse: fraction,
    meaning: 'probability 0..1 that an authenticated request fails with 500/502/503',
  },
  {
    key: 'live',
    flag: '--live',
    env: 'EMULATOR_LIVE',
    parse: nonNegative,
    meaning: 'new orders per second arriving at the head (shifts offsets while paging)',
  },
  {
    key: 'statusChanges',
    flag: '--status-changes',
    env: 'EMULATOR_STATUS_CHANGES',
    parse: nonNegative,
    meaning:
      'existing orders per second that move on in their life (pending → paid → processing → shipped → delivered; some cancelled or refunded), mostly recent ones',
  },
  {
    key: 'deletions',
    flag: '--deletions',
    env: 'EMULATOR_DELETIONS',
    parse: nonNegative,
    meaning:
      'orders of the history per second that the shop deletes (they leave the list), mostly recent ones',
  },
  {
    key: 'awkward',
    flag: '--awkward',
    env: 'EMULATOR_AWKWARD',
    parse: fraction,
    meaning: `fraction 0..1 of awkward orders (nulls, strings for numbers, unknown statuses, hostile text); the bare flag means ${DEFAULT_AWKWARD_FRACTION}`,
  },
  {
    key: 'anchor',
    flag: '--anchor',
    env: 'EMULATOR_ANCHOR',
    parse: (raw) => {
      const date = new Date(raw);
      if (Number.isNaN(date.getTime())) throw new Error('expected an ISO 8601 date-time');
      return date;
    },
    meaning: '"now" of the generated history (ISO 8601); default: start time',
  },
];
