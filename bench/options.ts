export const FIGURES = [
  'sync',
  'interactions',
  'scroll',
  'heap',
  'reload',
  'requests',
  'bundle',
  'charts',
  'mirror',
  'postgres',
] as const;
export type Figure = (typeof FIGURES)[number];

export type BenchOptions = {
  sizes: number[];
  runs: number;
  only: Figure[];
  /** Skip `vite build` and measure what is already in `dist`. */
  skipBuild: boolean;
  dist: string;
  /** First of the loopback ports the harness takes (app, emulator, rate-limited app, its emulator, the mirror's emulator). */
  port: number;
  out: string;
  /** Parallel page requests of the floor fetcher; matches the sync engine's default. */
  concurrency: number;
  search: string;
  rateCount: number;
  rpm: number;
  rateWindowMs: number;
  /** Frames spent scrolling the list end to end. */
  scrollFrames: number;
  quick: boolean;
  /** A PostgreSQL server URL (a role that may create databases) for the PostgreSQL figures; empty: skipped. */
  pg: string;
};

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [10_000, 100_000],
  runs: 3,
  only: [...FIGURES],
  skipBuild: false,
  dist: '',
  port: 4700,
  out: 'bench/results/latest.json',
  concurrency: 4,
  search: 'budi',
  rateCount: 3000,
  rpm: 20,
  rateWindowMs: 5000,
  scrollFrames: 600,
  quick: false,
  pg: process.env.MIRROR_TEST_PG?.trim() ?? '',
};

const QUICK: Partial<BenchOptions> = {
  sizes: [300],
  runs: 1,
  rateCount: 250,
  rpm: 2,
  rateWindowMs: 1000,
  scrollFrames: 60,
};

export const USAGE = `npm run bench -- [options]
  --sizes 10000,100000   orders held per scenario (the largest gets the interaction, scroll and reload figures)
  --runs 3               runs per figure; the table shows median, min and max
  --only sync,heap       only these figures: ${FIGURES.join(', ')}
  --quick                tiny sizes, one run (the smoke test's setting)
  --skip-build           measure the existing build instead of running vite build
  --dist DIR             build folder (default: a temp folder, or dist with --skip-build)
  --port 4700            first of five loopback ports used
  --out FILE             JSON results (default bench/results/latest.json)
  --concurrency 4        parallel requests of the floor fetcher
  --search budi          the 4-character search typed
  --rate-count 3000      orders for the rate-limit scenario
  --rpm 20               requests allowed per rate-limit window in that scenario
  --rate-window-ms 5000  the window, where the emulator can shorten it (else 60 s)
  --scroll-frames 600    frames spent scrolling the list end to end
  --pg postgres://…      PostgreSQL for the 'postgres' figures (default MIRROR_TEST_PG; without it they are skipped)`;

function positiveInt(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} needs a positive integer, got ${raw}`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, only: [...FIGURES] };
  const set: Partial<BenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--sizes':
        set.sizes = (value() ?? '').split(',').map((s) => positiveInt('sizes', s.replace(/_/g, '')));
        break;
      case '--runs':
        set.runs = positiveInt('runs', value());
        break;
      case '--only': {
        const names = (value() ?? '').split(',').filter(Boolean);
        const unknown = names.filter((n) => !(FIGURES as readonly string[]).includes(n));
        if (unknown.length || !names.length) throw new Error(`--only takes some of: ${FIGURES.join(', ')}`);
        set.only = names as Figure[];
        break;
      }
      case '--quick':
        options.quick = true;
        break;
      case '--skip-build':
        set.skipBuild = true;
        break;
      case '--dist':
        set.dist = value() ?? '';
        break;
      case '--port':
        set.port = positiveInt('port', value());
        break;
      case '--out':
        set.out = value() ?? DEFAULT_OPTIONS.out;
        break;
      case '--concurrency':
        set.concurrency = positiveInt('concurrency', value());
        break;
      case '--search':
        set.search = value() ?? DEFAULT_OPTIONS.search;
        break;
      case '--rate-count':
        set.rateCount = positiveInt('rate-count', value());
        break;
      case '--rpm':
        set.rpm = positiveInt('rpm', value());
        break;
      case '--rate-window-ms':
        set.rateWindowMs = positiveInt('rate-window-ms', value());
        break;
      case '--scroll-frames':
        set.scrollFrames = positiveInt('scroll-frames', value());
        break;
      case '--pg':
        set.pg = value() ?? '';
        break;
      default:
        throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
    }
  }
  return { ...options, ...(options.quick ? QUICK : {}), ...set };
}

export const wants = (options: BenchOptions, figure: Figure) => options.only.includes(figure);
