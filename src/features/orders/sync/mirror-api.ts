import type {
  MirrorChanges,
  MirrorEvent,
  MirrorOrderInfo,
  MirrorRefreshed,
  MirrorStatus,
} from '../../../../core/mirror/protocol';
import { ApiError, getJson, requestJson } from '@/lib/api-client';

/** How many changes one response may carry: large, so a first load of 100,000 orders is a handful of them. */
export const CHANGES_LIMIT = 20_000;
/** A first load's first response: small, so the newest orders (the first the mirror read) show at once. */
export const FIRST_CHANGES_LIMIT = 1_000;

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function malformed(what: string): ApiError {
  return new ApiError('malformed', 200, `The dashboard server sent ${what} the dashboard cannot read.`);
}

/** A status is usable when its counters are there; the rest is shown only when present. */
function isStatus(value: unknown): value is MirrorStatus {
  return isRecord(value) && typeof value.held === 'number' && typeof value.firstPassDone === 'boolean';
}

/** One `changes` response: every order changed after `since`, oldest change first. */
export async function getMirrorChanges(
  since: number,
  signal?: AbortSignal,
  onNext?: (next: number) => void,
): Promise<MirrorChanges> {
  const limit = since === 0 ? FIRST_CHANGES_LIMIT : CHANGES_LIMIT;
  const { body } = await getJson(`/api/mirror/changes?since=${since}&limit=${limit}`, signal, (headers) => {
    const next = Number(headers.get('x-mirror-next'));
    if (headers.get('x-mirror-more') === 'true' && Number.isSafeInteger(next) && next > since) onNext?.(next);
  });
  if (
    !isRecord(body) ||
    typeof body.upstreamId !== 'string' ||
    typeof body.epoch !== 'string' ||
    typeof body.cursor !== 'number' ||
    typeof body.latest !== 'number' ||
    !Array.isArray(body.orders) ||
    !isStatus(body.status)
  )
    throw malformed('a list of changes');
  const removed = Array.isArray(body.removed) ? body.removed.filter((id) => typeof id === 'string') : [];
  return { ...(body as MirrorChanges), removed, more: body.more === true };
}

/** Answers asked ahead at most: two responses of 20,000 orders in flight besides the one being applied. */
const AHEAD = 2;

/**
 * `changes` that asks for the next answer as soon as a response's headers say where it starts, so the server
 * builds it while this one downloads and is applied; a request for any other cursor drops what was asked ahead.
 */
export function changesAskingAhead(
  get: typeof getMirrorChanges = getMirrorChanges,
): (since: number) => Promise<MirrorChanges> {
  const ahead = new Map<number, Promise<MirrorChanges>>();
  /** Where the answer after each cursor starts, as its response's headers said. */
  const following = new Map<number, number>();
  const askAhead = (next: number) => {
    if (ahead.size >= AHEAD || ahead.has(next)) return;
    // Asked a microtask later: its slot is taken before its own headers can ask for the next one.
    const answer = Promise.resolve(next).then(ask);
    // A failure is the caller's to see if it asks for that cursor.
    answer.catch(() => undefined);
    ahead.set(next, answer);
  };
  const ask = (since: number): Promise<MirrorChanges> =>
    get(since, undefined, (next) => {
      following.set(since, next);
      askAhead(next);
    });
  return (since) => {
    const answer = ahead.get(since);
    for (const cursor of following.keys()) if (cursor < since) following.delete(cursor);
    if (!answer) {
      ahead.clear();
      following.clear();
      return ask(since);
    }
    ahead.delete(since);
    // Room again: ask for the one after the furthest answer asked ahead, if its headers have come.
    const furthest = Math.max(since, ...ahead.keys());
    const next = following.get(furthest);
    if (next !== undefined) askAhead(next);
    return answer;
  };
}

/** Asks the mirror to check the head and the open orders now; answers once that is done. */
export async function postMirrorRefresh(signal?: AbortSignal): Promise<MirrorRefreshed> {
  const { body } = await requestJson('/api/mirror/refresh', 'POST', signal);
  if (!isRecord(body) || typeof body.latest !== 'number' || !isStatus(body.status))
    throw malformed('a refresh answer');
  return body as MirrorRefreshed;
}

/** One held order and when the mirror last verified it upstream. */
export async function getMirrorOrder(id: string, signal?: AbortSignal): Promise<MirrorOrderInfo> {
  const { body } = await getJson(`/api/mirror/orders/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || !isRecord(body.order)) throw malformed('an order');
  return {
    order: body.order as MirrorOrderInfo['order'],
    verifiedAt: typeof body.verifiedAt === 'number' ? body.verifiedAt : null,
    seq: typeof body.seq === 'number' ? body.seq : 0,
  };
}

/** A `cursor` event's data, or null when it is not one. */
export function parseMirrorEvent(data: string): MirrorEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (
      isRecord(value) &&
      typeof value.upstreamId === 'string' &&
      typeof value.epoch === 'string' &&
      typeof value.latest === 'number' &&
      isStatus(value.status)
    )
      return value as MirrorEvent;
  } catch {
    // Not JSON: ignored like any other unknown event.
  }
  return null;
}
