import type { MirrorError, MirrorStatus } from '../../../../core/mirror/protocol';
import type { ApiError } from '@/lib/api-client';
import { t } from '@/i18n/i18n';
import { formatInteger, formatRelative } from '@/lib/format';

/** The mirror mode's sentences, from the catalogs at render time; numbers and times come in as values. */

export type Problem = { problem: string; action: string };

/** The mirror's own failure, by kind: its English message is never shown, our catalog says it. */
const UPSTREAM_REASON: Record<MirrorError['kind'], string> = {
  auth: 'mirror.upstream.auth',
  'rate-limit': 'mirror.upstream.rate_limit',
  'not-found': 'mirror.upstream.not_found',
  upstream: 'mirror.upstream.failing',
  malformed: 'mirror.upstream.malformed',
  timeout: 'mirror.upstream.timeout',
  network: 'mirror.upstream.network',
  store: 'mirror.upstream.store',
};

/** Failures that retry on their own but may be the server's setup: who can fix them, if they last. */
const LASTING = new Set<MirrorError['kind']>(['upstream', 'malformed', 'timeout', 'network']);

/**
 * What went wrong and what to do, for `sync-error`: a failing mirror route, or the mirror's own error. With
 * `heldHere` orders on the page, it says they stay; with none, only what to do.
 */
export function describeMirrorFailure(failure: ApiError | MirrorError, heldHere: number): Problem {
  const kept = (advice?: string) =>
    [heldHere > 0 ? t('mirror.action.kept') : '', advice ?? ''].filter(Boolean).join(' ');
  if ('at' in failure) {
    // With nothing held here the mirror never had anything to serve: it has not "stopped" updating.
    const reason = t(UPSTREAM_REASON[failure.kind] ?? 'mirror.upstream.failing');
    const problem = t(heldHere > 0 ? 'mirror.upstream.stopped' : 'mirror.upstream.unloaded', { reason });
    return { problem, action: kept(LASTING.has(failure.kind) ? t('mirror.action.lasting') : undefined) };
  }
  if (failure.kind === 'network')
    return { problem: t('mirror.error.network'), action: kept(t('mirror.action.network')) };
  if (failure.kind === 'malformed')
    return { problem: t('mirror.error.malformed'), action: kept(t('mirror.action.malformed')) };
  if (failure.status === 401 || failure.status === 403)
    return { problem: t('mirror.error.session'), action: t('mirror.action.sign_in') };
  const problem = t('mirror.error.http', { status: failure.status });
  return { problem, action: kept(t('mirror.action.retry')) };
}

/** The sync line while the browser catches up with the mirror (and the mirror with the shop's history). */
export function describeMirrorProgress(heldHere: number, status: MirrorStatus | null): string {
  if (!status)
    return heldHere > 0
      ? t('mirror.progress.checking', { count: heldHere, n: formatInteger(heldHere) })
      : t('sync.loading');
  const here = t('mirror.progress.loaded', {
    here: formatInteger(heldHere),
    count: status.held,
    n: formatInteger(status.held),
  });
  if (status.firstPassDone) return here;
  const pages = status.firstPassPages;
  return `${here} · ${t('mirror.progress.history', { count: pages, n: formatInteger(pages) })}`;
}

/** "new orders checked 12 s ago · every order re-verified within 3 h": how fresh the figures are. */
export function describeFreshness(status: MirrorStatus, now: number): string | null {
  const parts: string[] = [];
  if (status.headCheckedAt !== null)
    parts.push(
      t('mirror.fresh.checked', {
        ago: formatRelative(status.headCheckedAt, Math.max(now, status.headCheckedAt)),
      }),
    );
  const within = verifiedWithinMs(status, now);
  if (within !== null) parts.push(t('mirror.fresh.verified', { span: formatSpan(within) }));
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
  if (s < 60) return t('mirror.span.seconds', { n: formatInteger(s) });
  if (s < 3600) return t('mirror.span.minutes', { n: formatInteger(Math.ceil(s / 60)) });
  if (s < 48 * 3600) return t('mirror.span.hours', { n: formatInteger(Math.ceil(s / 3600)) });
  const days = Math.ceil(s / 86_400);
  return t('mirror.span.days', { count: days, n: formatInteger(days) });
}

/** The drawer's line: when the server last read this order from Cekat. */
export function describeVerified(verifiedAt: number | null, now: number): string {
  if (verifiedAt === null) return t('mirror.verified.never');
  return t('mirror.verified.at', { ago: formatRelative(verifiedAt, Math.max(now, verifiedAt)) });
}
