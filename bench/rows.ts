import { minimumRequests } from './rate-limit';
import type { Figure } from './options';
import type { Recorder, RowSpec } from './recorder';

const fmt = (n: number) => n.toLocaleString('en-US');

export const SYNC_RATIO = 1.25;
export const HEAP_RATIO = 1.5;
export const HEAP_TARGET_FROM = 100_000;
export const INTERACTION_MS = 100;
export const MAX_DOM_ROWS = 100;
export const RELOAD_MS = 300;
/** A new browser on a warm mirror against a bare page paging the upstream through the proxy. */
export const WARM_RATIO = 0.5;
export const FIRST_LOAD_GZIP = 170_000;

export function sizeRows(size: number, pageSize: number): RowSpec[] {
  const n = fmt(size);
  return [
    {
      id: `sync.first.${size}`,
      label: `time to first rows (${n})`,
      unit: 'ms',
      target: { kind: 'ratio', max: SYNC_RATIO },
      floorLabel: 'node: page 1',
    },
    {
      id: `sync.firstBare.${size}`,
      label: `time to first rows (${n}), against a bare page`,
      unit: 'ms',
      floorLabel: 'browser: page 1',
    },
    {
      id: `sync.all.${size}`,
      label: `time to all held (${n})`,
      unit: 'ms',
      target: { kind: 'ratio', max: SYNC_RATIO },
      floorLabel: 'node: all pages',
    },
    {
      id: `sync.allBare.${size}`,
      label: `time to all held (${n}, warm mirror), against a bare page paging the upstream`,
      unit: 'ms',
      target: { kind: 'ratio', max: WARM_RATIO },
      floorLabel: 'browser: all pages',
    },
    {
      id: `sync.allDevtools.${size}`,
      label: `time to all held (${n}), under Playwright`,
      unit: 'ms',
      floorLabel: 'browser under Playwright: all pages',
    },
    {
      id: `requests.free.${size}`,
      label: `requests spent (${n}, no limit)`,
      unit: 'count',
      target: {
        kind: 'max',
        max: minimumRequests(size, pageSize) + 1,
        label: `≤ ${fmt(minimumRequests(size, pageSize) + 1)}`,
      },
      floorLabel: 'ceil(N/page)',
    },
    {
      id: `heap.${size}`,
      label: `JS heap after GC (${n} held)`,
      unit: 'bytes',
      // The target is for 100k held; below that the app's own fixed heap (React, its code) is most of it.
      ...(size >= HEAP_TARGET_FROM ? { target: { kind: 'ratio', max: HEAP_RATIO } as const } : {}),
      floorLabel: 'JSON received',
    },
    {
      id: `reload.${size}`,
      label: `reload: rows on screen (${n} persisted)`,
      unit: 'ms',
      target: { kind: 'max', max: RELOAD_MS },
    },
    { id: `reload.done.${size}`, label: `reload: sync done again (${n})`, unit: 'ms' },
    {
      id: `reload.requests.${size}`,
      label: `reload: sync requests, nothing changed (${n})`,
      unit: 'count',
      target: { kind: 'max', max: 1 },
    },
  ];
}

export function largestRows(size: number): RowSpec[] {
  const n = fmt(size);
  const interaction = (id: string, what: string, target = true): RowSpec => ({
    id: `interaction.${id}`,
    label: `${what} (${n} held)`,
    unit: 'ms',
    ...(target ? { target: { kind: 'max', max: INTERACTION_MS } as const } : {}),
    floorLabel: 'bare array op',
  });
  return [
    interaction('sort', 'sort by grand total'),
    interaction('status', 'toggle a status'),
    interaction('search', 'type a 4-char search'),
    { id: 'interaction.searchSettle', label: `search: last key to results shown (${n} held)`, unit: 'ms' },
    interaction('clear', 'clear all filters'),
    interaction('drawer', 'open the order drawer', false),
    { id: 'interaction.drawerShown', label: `drawer: click to drawer in the DOM (${n} held)`, unit: 'ms' },
    { id: `charts.${size}`, label: `charts match all held, after sync done (${n})`, unit: 'ms' },
    {
      id: `sync.wait.${size}`,
      label: `mirror: another request's wait while a new browser reads all ${n} (p90)`,
      unit: 'ms',
      floorLabel: 'the same request, idle server (p90)',
    },
    {
      id: 'scroll.rows',
      label: `scroll ${n} rows: most rows in the DOM`,
      unit: 'count',
      target: { kind: 'max', max: MAX_DOM_ROWS },
    },
    { id: 'scroll.loaf', label: `scroll ${n} rows: long animation frames`, unit: 'count' },
    { id: 'scroll.loafMs', label: `scroll ${n} rows: time in long frames`, unit: 'ms' },
  ];
}

export function rateRows(
  count: number,
  limit: number,
  windowMs: number,
  pageSize: number,
  windows: number,
): RowSpec[] {
  const at = `${fmt(count)} at ${limit}/${windowMs / 1000} s`;
  const most = minimumRequests(count, pageSize) + 1;
  return [
    {
      id: 'requests.limited',
      label: `requests spent (${at})`,
      unit: 'count',
      target: { kind: 'max', max: most, label: `≤ ${fmt(most)}` },
      floorLabel: 'ceil(N/page)',
    },
    {
      id: 'requests.429',
      label: `429s received (${at})`,
      unit: 'count',
      target: { kind: 'max', max: windows, label: `≤ ${windows} (1 per window)` },
    },
    { id: 'requests.elapsed', label: `time to all held (${at})`, unit: 'ms' },
  ];
}

export const bundleRows = (): RowSpec[] => [
  {
    id: 'bundle.first',
    label: 'first-load JS (gzip)',
    unit: 'bytes',
    target: { kind: 'max', max: FIRST_LOAD_GZIP },
  },
  { id: 'bundle.totalGzip', label: 'total JS (gzip)', unit: 'bytes' },
  { id: 'bundle.total', label: 'total JS', unit: 'bytes' },
];

const FIGURE_OF_PREFIX: Record<string, Figure> = {
  sync: 'sync',
  requests: 'requests',
  heap: 'heap',
  reload: 'reload',
  interaction: 'interactions',
  charts: 'charts',
  scroll: 'scroll',
  bundle: 'bundle',
  mirror: 'mirror',
};

/** The `--only` figure a row belongs to; request counts of a plain sync come with the sync. */
export function figureOf(id: string): Figure | undefined {
  if (id.startsWith('requests.free.')) return 'sync';
  return FIGURE_OF_PREFIX[id.split('.')[0] ?? ''];
}

/** Defines the rows of the figures asked for, so `--only` does not fill the table with n/a. */
export function defineAll(recorder: Recorder, specs: RowSpec[], only: readonly Figure[]): void {
  for (const spec of specs) {
    const figure = figureOf(spec.id);
    if (!figure || only.includes(figure)) recorder.define(spec);
  }
}
