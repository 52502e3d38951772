import { LogController, type FastifyInstance } from 'fastify';
import { safePath } from '../proxy/safe-path.ts';

/** One structured line per request: method, safe path, status, duration. Never headers, cookies or bodies. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: safePath(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}

/** Fastify's own per-request lines are replaced by ours; its error logs stay (with the safe serializers). */
export class QuietRequestLog extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(): void {}
  override routeNotFound(): void {}
}
