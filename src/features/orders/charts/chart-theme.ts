/** Recharts takes colours as SVG attributes; theme variables keep light and dark in step with the page. */
export const AXIS_TICK = { fill: 'var(--fg-muted)', fontSize: 12 };
export const GRID_STROKE = 'var(--border)';
export const CURSOR_FILL = 'color-mix(in srgb, var(--fg) 6%, transparent)';
export const CHART_HEIGHT = 200;

/** Statuses not in the filter fade back when a filter is set, so the chart shows what the table shows. */
export function markOpacity(status: string, selected: readonly string[]): number {
  return selected.length === 0 || selected.includes(status) ? 1 : 0.3;
}
