import type { Kysely } from 'kysely';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Upstream } from '../proxy/upstream.ts';
import type { MirrorDb } from './kysely-store.ts';
import { startMirror, type Mirror } from './mirror.ts';
import { createMirrorRoutes, type EventStreamOptions, type MirrorRoutes } from './routes.ts';
import { startPostgresMirror } from './postgres-mirror.ts';
import { openPostgres } from './postgres-store.ts';
import { openSqlite } from './sqlite-store.ts';
import { isPostgresUrl, mirrorSettingsFromEnv } from './settings.ts';

export type MountedMirror = {
  routes: MirrorRoutes;
  mirror: Mirror | null;
  /** For the health endpoint: why the mirror's shared database cannot be used now, or null. */
  databaseProblem: () => string | null;
  /** Another handle on the mirror's migrated database (for the server's own tables), or null when MIRROR=off. */
  openDatabase: (() => Promise<Kysely<MirrorDb>>) | null;
  close: () => Promise<void>;
};

/**
 * Reads the mirror's settings and, with MIRROR on, opens the database and starts syncing. Throws an
 * error whose message says what is wrong (bad variable, broken or locked database) so the server can stop.
 */
export async function startMirrorFromEnv(
  env: NodeJS.ProcessEnv,
  upstream: Upstream,
  log: (message: string) => void,
  embeddedEmulator: boolean,
): Promise<MountedMirror> {
  const configured = mirrorSettingsFromEnv(env);
  // The embedded emulator makes a new shop at every start (new port, new dates): a mirror of it on disk
  // would outlive its upstream, and sharing the file with a real shop's server gains nothing.
  const settings =
    configured.mode === 'on' && embeddedEmulator && !env.MIRROR_DB?.trim()
      ? { ...configured, db: ':memory:' }
      : configured;
  const postgres =
    settings.mode === 'on' && isPostgresUrl(settings.db)
      ? await startPostgresMirror({ settings, upstream, log, url: settings.db })
      : null;
  const mirror =
    settings.mode === 'off' ? null : (postgres ?? (await startMirror({ settings, upstream, log })));
  return {
    routes: createMirrorRoutes(mirror, settings.storeTimeZone),
    mirror,
    databaseProblem: () => postgres?.databaseProblem() ?? null,
    openDatabase:
      settings.mode === 'off'
        ? null
        : async () =>
            isPostgresUrl(settings.db) ? (await openPostgres(settings.db, log)).db : openSqlite(settings.db),
    close: async () => mirror?.close(),
  };
}

/** The routes as Node middleware (Vite dev and preview): true when the request was ours. */
export async function serveMirrorRoute(
  routes: MirrorRoutes,
  req: IncomingMessage,
  res: ServerResponse,
  events: EventStreamOptions = {},
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const url = req.url ?? '';
  // Only the saved views take a body; any other request's stream stays unread for the proxy.
  const hasBody = /^\/api\/views(?:\/|\?|$)/.test(url) && (method === 'POST' || method === 'PATCH');
  const parsed = hasBody ? await readJsonBody(req) : undefined;
  const request = {
    method,
    url,
    headers: req.headers,
    host: req.headers.host ?? '',
    body: parsed,
    user: null,
  };
  const answer = await routes.answer(request);
  if (answer === null) return false;
  if (answer.kind === 'events') {
    routes.streamEvents(res, events);
    return true;
  }
  if (answer.kind === 'stream') {
    res.writeHead(answer.status, { ...answer.headers, 'x-content-type-options': 'nosniff' });
    if (method === 'HEAD') res.end();
    // The status went out with the headers: a failure now (the reader left, the database went) cuts the body.
    else await pipeline(Readable.from(answer.chunks()), res).catch(() => undefined);
    return true;
  }
  const body = Buffer.from(answer.body);
  res.writeHead(answer.status, {
    ...answer.headers,
    'x-content-type-options': 'nosniff',
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

const BODY_LIMIT = 16 * 1024;

/** The request's JSON body; undefined when it is not JSON or larger than BODY_LIMIT (the route says why). */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
