/**
 * The upstream budget (`MIRROR_RPM`) is the shop's, not one server copy's: whichever copy leads records each
 * request start in the shared database before sending it, and a new leader (after a takeover or a restart)
 * starts from that record instead of from a fresh minute.
 */

/** The shop's last upstream request start (epoch ms) and the budget in force then (null: none). */
export type SpentBudget = { at: number; rpm: number | null };

const MINUTE_MS = 60_000;

/**
 * The earliest the next request may start: one spacing (a minute / rpm) after the shop's last start, so no
 * minute holds more than `rpm` starts across every leader; with no budget, at once.
 */
export function nextStartAt(last: SpentBudget | null, rpm: number | null): number {
  if (last === null) return -Infinity;
  const spacing = rpm ?? last.rpm;
  return spacing === null ? last.at : last.at + MINUTE_MS / spacing;
}

/** The budget a leader starts with: the configured one, else the one the last leader learned from the upstream. */
export const inheritedRpm = (configured: number | null, last: SpentBudget | null): number | null =>
  configured ?? last?.rpm ?? null;
