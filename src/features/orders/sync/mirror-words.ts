import type { MirrorError, MirrorStatus } from '../../../../core/mirror/protocol';
import type { ApiError } from '@/lib/api-client';
import { formatInteger, formatRelative } from '@/lib/format';

/**
 * Every user-facing sentence of the mirror mode (English), in one place so they move into the translation
 * catalogs together. Numbers and times come in as values; nothing here fetches or decides.
 */

export type Problem = { problem: string; action: string };

/** What went wrong and what to do, for `sync-error`: a failing mirror route, or the mirror's own error. */
export function describeMirrorFailure(failure: ApiError | MirrorError): Problem {
  const kept = 'The orders already loaded are kept.';
  if ('at' in failure) {
    // The mirror's message is already in our words (what went wrong upstream, what to do about it).
    return { problem: `The server's order copy stopped updating: ${failure.message}`, action: kept };
  }
  if (failure.kind === 'network') {
    return {
      problem: 'Could not reach the dashboard server.',
      action: `${kept} Check your connection, then Retry.`,
    };
  }
  if (failure.kind === 'malformed') {
    return {
      problem: 'The dashboard server sent orders the dashboard cannot read.',
      action: `${kept} Retry in a moment; if it persists, the server and this page may be different versions: reload the page.`,
    };
  }
  if (failure.status === 401 || failure.status === 403) {
    return { problem: 'Your session has ended.', action: 'Reload the page to sign in again.' };
  }
  return {
    problem: `The dashboard server's order copy did not answer (HTTP ${failure.status}).`,
    action: `${kept} Retry in a moment.`,
  };
}

/** The sync line while the browser catches up with the mirror (and the mirror with the shop's history). */
export function describeMirrorProgress(heldHere: number, status: MirrorStatus | null): string {
  if (!status)
    return heldHere > 0 ? `${formatInteger(heldHere)} orders · checking for changes…` : 'Loading orders…';
  const here = `${formatInteger(heldHere)} of ${formatInteger(status.held)} orders loaded`;
  if (status.firstPassDone) return here;
  const pages = `${formatInteger(status.firstPassPages)} ${status.firstPassPages === 1 ? 'page' : 'pages'}`;
  return `${here} · the server is still reading the shop's history (${pages} so far)`;
}

/** "new orders checked 12 s ago · every order re-verified within 3 h": how fresh the figures are. */
export function describeFreshness(status: MirrorStatus, now: number): string | null {
  const parts: string[] = [];
  if (status.headCheckedAt !== null)
    parts.push(
      `new orders checked ${formatRelative(status.headCheckedAt, Math.max(now, status.headCheckedAt))}`,
    );
  const within = verifiedWithinMs(status, now);
  if (within !== null) parts.push(`every order re-verified within ${formatSpan(within)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The honest bound: the time one sweep takes, or longer while the oldest verification is older than that
 * (after a restart, or when the budget shrank).
 */
function verifiedWithinMs(status: MirrorStatus, now: number): number | null {
  if (!status.firstPassDone) return null;
  const oldest = status.oldestVerifiedAt === null ? null : Math.max(0, now - status.oldestVerifiedAt);
  if (status.sweepPassMs === null) return oldest;
  return Math.max(status.sweepPassMs, oldest ?? 0);
}

/** "45 s", "12 min", "3 h", "2 days": rounded up, a bound never understated. */
export function formatSpan(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.ceil(s / 60)} min`;
  if (s < 48 * 3600) return `${Math.ceil(s / 3600)} h`;
  return `${Math.ceil(s / 86_400)} days`;
}

/** The drawer's line: when the server last read this order from Cekat. */
export function describeVerified(verifiedAt: number | null, now: number): string {
  if (verifiedAt === null) return 'Not yet verified with Cekat';
  return `Last verified with Cekat ${formatRelative(verifiedAt, Math.max(now, verifiedAt))}`;
}

export const mirrorWords = {
  refreshTitle: 'Ask the server to check Cekat for new orders and changed open orders now',
  refreshing: 'Checking Cekat for new and changed orders…',
  settingsNote:
    'The dashboard server keeps the shop’s orders up to date for everyone; this page follows its changes live.',
  waitingForRateLimit: (seconds: number) => `the server waits for Cekat's rate limit (${seconds} s)`,
  changes: (added: number, changed: number) =>
    added === 0 && changed === 0
      ? 'no changes'
      : `${formatInteger(added)} new, ${formatInteger(changed)} changed`,
};
