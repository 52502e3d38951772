import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { constants } from 'node:zlib';
import { registerMirrorRoutes } from '../mirror/fastify-routes.ts';
import { createMirrorRoutes, type MirrorRoutes } from '../mirror/routes.ts';
import { forwardRequest } from '../proxy/forward.ts';
import type { Upstream } from '../proxy/upstream.ts';
import { registerAuth } from './auth.ts';
import { isLoopback, type ProdConfig } from './config.ts';
import { QuietRequestLog, registerRequestLog, safePath } from './request-log.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerStaticFiles } from './static-files.ts';

export type AppOptions = {
  config: ProdConfig;
  upstream: Upstream;
  logStream?: DestinationStream;
  /** The order mirror's routes (server/mirror/mount.ts); absent: the mirror is off. */
  mirrorRoutes?: MirrorRoutes;
};

/** The production server: headers, sign-in, `/api` through the shared proxy, `dist/` with the SPA fallback. */
export async function buildApp({
  config,
  upstream,
  logStream,
  mirrorRoutes,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      serializers: {
        req: (req) => ({ method: req.method, path: safePath(req.url) }),
        res: (res) => ({ status: res.statusCode }),
      },
    },
    logController: new QuietRequestLog(),
    // Fastify accepts a hop count here at run time; its types omit numbers.
    trustProxy: config.trustProxy as boolean | string,
    bodyLimit: 16 * 1024,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  });
  await registerSecurityHeaders(app);
  if (config.access === null) {
    // Without sign-in only loopback names are answered, so a DNS-rebinding page cannot read the orders.
    app.addHook('onRequest', async (request, reply) => {
      if (!isLoopback(request.hostname)) {
        return reply
          .code(421)
          .send({ error: { message: 'This server answers only on localhost without sign-in' } });
      }
    });
  }
  registerRequestLog(app);
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  if (config.access) await registerAuth(app, config.access);

  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  const proxyOptions = {
    upstream: () => upstream,
    timeoutMs: config.upstreamTimeoutMs,
    log: (event: Record<string, unknown>) => app.log.info(event, 'proxy'),
  };
  const proxy = async (request: FastifyRequest, reply: FastifyReply) => {
    const controller = new AbortController();
    request.raw.once('close', () => {
      if (!reply.sent) controller.abort();
    });
    const raw = { method: request.method, url: request.raw.url ?? '', headers: request.headers };
    const answer = await forwardRequest(raw, proxyOptions, controller.signal);
    return reply
      .code(answer.status)
      .headers({ ...answer.headers, 'cache-control': 'no-store' })
      .send(request.method === 'HEAD' ? undefined : answer.body);
  };
  registerMirrorRoutes(app, mirrorRoutes ?? createMirrorRoutes(null, 'Asia/Jakarta'));
  app.all('/api', proxy);
  app.all('/api/*', proxy);

  await registerStaticFiles(app, config.distDir, { signIn: config.access !== null });
  return app;
}
