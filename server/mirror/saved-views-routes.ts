import { randomUUID } from 'node:crypto';
import {
  SAVED_VIEW_NAME_MAX,
  SAVED_VIEW_PARAMS,
  SAVED_VIEW_SEARCH_MAX,
  type SavedViewCreate,
  type SavedViewList,
  type SavedViewPatch,
  type SavedViewRecord,
} from '../../core/mirror/protocol.ts';
import type { Mirror } from './mirror.ts';
import { failure, isSameOrigin, json, type RouteAnswer, type RouteRequest } from './route-answer.ts';

const VIEW_ID = /^[A-Za-z0-9-]{1,64}$/;
const KNOWN_PARAMS = new Set<string>(SAVED_VIEW_PARAMS);

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A name to keep: trimmed, 1 to SAVED_VIEW_NAME_MAX characters; null when it is not one. */
export function validName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length >= 1 && [...name].length <= SAVED_VIEW_NAME_MAX ? name : null;
}

/** A search string to keep (without `?`): bounded, and holding only the orders list's own parameters. */
export function validSearch(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > SAVED_VIEW_SEARCH_MAX) return null;
  const search = value.replace(/^\?/, '');
  const keys = [...new URLSearchParams(search).keys()];
  return keys.every((key) => KNOWN_PARAMS.has(key)) ? search : null;
}

function readCreate(body: unknown): SavedViewCreate | string {
  if (!isRecord(body)) return 'The body must be a JSON object { name, search }.';
  const name = validName(body.name);
  if (name === null) return `name must be text of 1 to ${SAVED_VIEW_NAME_MAX} characters.`;
  const search = validSearch(body.search);
  if (search === null) {
    return `search must be at most ${SAVED_VIEW_SEARCH_MAX} characters with only these parameters: ${SAVED_VIEW_PARAMS.join(', ')}.`;
  }
  return { name, search };
}

function readPatch(body: unknown): SavedViewPatch | string {
  if (!isRecord(body)) return 'The body must be a JSON object { name?, position? }.';
  const patch: SavedViewPatch = {};
  if (body.name !== undefined) {
    const name = validName(body.name);
    if (name === null) return `name must be text of 1 to ${SAVED_VIEW_NAME_MAX} characters.`;
    patch.name = name;
  }
  if (body.position !== undefined) {
    if (!Number.isSafeInteger(body.position) || (body.position as number) < 0) {
      return 'position must be a whole number ≥ 0.';
    }
    patch.position = body.position as number;
  }
  return patch.name === undefined && patch.position === undefined
    ? 'Give a name, a position or both.'
    : patch;
}

const isJson = (request: RouteRequest) =>
  /^application\/json\b/i.test(String(request.headers['content-type'] ?? ''));

/** `/api/views` and `/api/views/<id>` (core/mirror/protocol.ts): the team's saved views, with the mirror on. */
export async function answerSavedViews(
  mirror: Mirror | null,
  request: RouteRequest,
  path: string,
): Promise<RouteAnswer> {
  if (mirror === null) {
    return failure(404, 'Not found: saved views are kept on the server only with the order mirror on.');
  }
  const { method } = request;
  const write = method !== 'GET' && method !== 'HEAD';
  if (write && !isSameOrigin(request.headers, request.host)) {
    return failure(403, 'Saved views are changed from this dashboard’s own pages only.');
  }
  if ((method === 'POST' || method === 'PATCH') && !isJson(request)) {
    return failure(415, 'Send the body as application/json.');
  }
  const views = mirror.views;
  const upstreamId = mirror.upstreamId;
  if (path === '/api/views') {
    if (method === 'GET' || method === 'HEAD') {
      const list: SavedViewList = { views: await views.listViews(upstreamId) };
      return json(200, list);
    }
    if (method !== 'POST') return failure(405, 'Method not allowed', { allow: 'GET, HEAD, POST' });
    const create = readCreate(request.body);
    if (typeof create === 'string') return failure(400, create);
    const view: SavedViewRecord = {
      id: randomUUID(),
      ...create,
      createdBy: request.user ?? null,
      createdAt: Date.now(),
    };
    await views.createView(upstreamId, view);
    return json(201, view);
  }
  const id = /^\/api\/views\/([^/]+)$/.exec(path)?.[1];
  if (id === undefined || !VIEW_ID.test(id)) return failure(404, 'Not found');
  if (method === 'DELETE') {
    const gone = await views.deleteView(upstreamId, id);
    return gone
      ? { kind: 'json', status: 204, headers: { 'cache-control': 'no-store' }, body: '' }
      : failure(404, 'No saved view has this id.');
  }
  if (method !== 'PATCH') return failure(405, 'Method not allowed', { allow: 'PATCH, DELETE' });
  const patch = readPatch(request.body);
  if (typeof patch === 'string') return failure(400, patch);
  const updated = await views.updateView(upstreamId, id, patch);
  return updated === null ? failure(404, 'No saved view has this id.') : json(200, updated);
}
