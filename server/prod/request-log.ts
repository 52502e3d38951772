import { LogController, type FastifyInstance } from 'fastify';

/**
 * The path of a URL for logs: no query (searches hold names and phone numbers) and long digit runs masked
 * (a phone number typed into the address bar would otherwise land in the log).
 */
export function safePath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path.slice(0, 200).replace(/(?:%2B|\+)?\d[\d\-.%]{6,}\d/gi, '[digits]');
}

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
