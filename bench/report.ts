import type { Row, Target, Unit } from './recorder';
import type { Spread } from './stats';

export function formatAmount(value: number, unit: Unit): string {
  if (unit === 'ms' && value >= 3_600_000) return `${(value / 3_600_000).toFixed(1)} h`;
  if (unit === 'ms' && value >= 60_000) return `${(value / 60_000).toFixed(1)} min`;
  if (unit === 'ms')
    return `${value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  if (unit === 'count') return Math.round(value).toLocaleString('en-US');
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} kB`;
  return `${Math.round(value)} B`;
}

function formatSpread(s: Spread | null, unit: Unit): string {
  if (!s) return 'n/a';
  const median = formatAmount(s.median, unit);
  return s.runs > 1 ? `${median} (${formatAmount(s.min, unit)}–${formatAmount(s.max, unit)})` : median;
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '—';
  if (target.kind === 'ratio') return `≤ ${target.max}× floor`;
  return target.label ?? `≤ ${formatAmount(target.max, unit)}`;
}

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'FAIL');

/** The table as Markdown, so the same text reads well in a terminal and pastes into the README. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['figure', 'median (min–max)', 'floor', 'ratio', 'target', 'result', 'notes'];
  const body = rows.map((row) => [
    row.label,
    formatSpread(row.value, row.unit),
    row.floor ? `${formatSpread(row.floor, row.unit)}${row.floorLabel ? ` ${row.floorLabel}` : ''}` : '—',
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    formatTarget(row.target, row.unit),
    verdict(row.pass),
    row.notes.join('; '),
  ]);
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [header, header.map(() => '---'), ...body].map((r) => `| ${r.map(escape).join(' | ')} |`).join('\n');
}
