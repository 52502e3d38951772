import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MirrorRoutes } from './routes.ts';

export type FastifyMirrorOptions = {
  /** For the events stream: whether the request's session is still valid (checked at every heartbeat). */
  sessionAlive?: (request: FastifyRequest) => () => boolean;
  /** The signed-in staff member's name, recorded as a saved view's creator; null without sign-in. */
  userOf?: (request: FastifyRequest) => Promise<string | null>;
};

/** Mounts the mirror's routes on the production server, behind whatever guards the app registered first. */
export function registerMirrorRoutes(
  app: FastifyInstance,
  routes: MirrorRoutes,
  options: FastifyMirrorOptions = {},
): void {
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = {
      method: request.method,
      url: request.raw.url ?? '',
      headers: request.headers,
      host: request.host,
      body: request.body,
      user: (await options.userOf?.(request)) ?? null,
    };
    const answer = await routes.answer(raw);
    if (answer === null) return reply.code(404).send({ error: { message: 'Not found' } });
    if (answer.kind === 'json') {
      return reply
        .code(answer.status)
        .headers(answer.headers)
        .send(request.method === 'HEAD' ? undefined : answer.body);
    }
    if (answer.kind === 'stream') {
      return reply
        .code(answer.status)
        .headers(answer.headers)
        .send(request.method === 'HEAD' ? undefined : Readable.from(answer.chunks()));
    }
    // Server-Sent Events: the raw stream, keeping the security headers the hooks set, never compressed.
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    reply.hijack();
    routes.streamEvents(reply.raw, { headers, sessionAlive: options.sessionAlive?.(request) });
  };
  app.all('/api/config', handle);
  app.all('/api/mirror', handle);
  app.all('/api/mirror/*', handle);
  app.all('/api/views', handle);
  app.all('/api/views/*', handle);
}
