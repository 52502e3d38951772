import compress from '@fastify/compress';
import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { DestinationStream } from 'pino';
import { constants } from 'node:zlib';
import { registerMirrorRoutes } from '../mirror/fastify-routes.ts';
import { createMirrorRoutes, type MirrorRoutes } from '../mirror/routes.ts';
import { forwardRequest } from '../proxy/forward.ts';
import { safePath } from '../proxy/safe-path.ts';
import type { Upstream } from '../proxy/upstream.ts';
import { registerAuth } from './auth.ts';
import type { ProdConfig } from './config.ts';
import { errorBody } from './http-error.ts';
import { isLocalRequest } from './loopback-only.ts';
import { QuietRequestLog, registerRequestLog } from './request-log.ts';
import { MemoryRevocations, type SessionRevocations } from './revocations.ts';
import { answerClientError, registerSecurityHeaders } from './security-headers.ts';
import { registerStaticFiles } from './static-files.ts';

export type AppOptions = {
  config: ProdConfig;
  upstream: Upstream;
  logStream?: DestinationStream;
  /** Where sign-outs are kept; by default this process's memory (one server copy). */
  revocations?: SessionRevocations;
  /** More `/api/…` routes, mounted behind the same sign-in guard, headers and error handling as the proxy. */
  apiPlugins?: readonly FastifyPluginAsync[];
  /** The order mirror's routes (server/mirror/mount.ts); absent: the mirror is off. */
  mirrorRoutes?: MirrorRoutes;
  /** Why the mirror's shared database cannot be used now (server/mirror/mount.ts), or null. */
  mirrorDatabaseProblem?: () => string | null;
};

/** Fastify treats a bare hop count as "trust nobody"; a function gives it its usual meaning, the nearest N hops. */
function trustProxyOption(trust: ProdConfig['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** The production server: headers, sign-in, `/api` through the shared proxy, `dist/` with the SPA fallback. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, upstream, logStream, mirrorRoutes, mirrorDatabaseProblem } = options;
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
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 16 * 1024,
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    routerOptions: { maxParamLength: 200 },
    // Fastify's own closing 503 and bad-URL 400 would echo its words or the path; ours follow below.
    return503OnClosing: false,
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode ?? 400;
      return (reply as FastifyReply).code(status).header('cache-control', 'no-store').send(errorBody(status));
    },
    clientErrorHandler: answerClientError,
  });
  registerSecurityHeaders(app);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) return reply.code(503).header('connection', 'close').send(errorBody(503));
  });
  app.setErrorHandler(async (error: { statusCode?: number; code?: string }, request, reply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600
        ? error.statusCode
        : 500;
    // Only the code: messages of parse errors quote the request body.
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, 'request refused');
    return reply.code(status).header('cache-control', 'no-store').send(errorBody(status));
  });
  if (config.access === null) {
    app.addHook('onRequest', async (request, reply) => {
      if (!isLocalRequest(request.headers)) {
        const message = 'This server answers only on localhost without sign-in';
        return reply.code(421).send(errorBody(421, message));
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
  const auth = config.access
    ? await registerAuth(
        app,
        config.access,
        options.revocations ?? new MemoryRevocations(config.access.sessionTtlMs),
      )
    : null;

  // Degraded, not down: copies still serve the app and what browsers hold, so a balancer should keep them.
  app.get('/healthz', async (_request, reply) => {
    const problem = mirrorDatabaseProblem?.() ?? null;
    const body = problem === null ? { status: 'ok' } : { status: 'degraded', mirror: problem };
    return reply.header('cache-control', 'no-store').send(body);
  });

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
  registerMirrorRoutes(app, mirrorRoutes ?? createMirrorRoutes(null, 'Asia/Jakarta'), {
    userOf: auth?.userOf,
  });
  app.all('/api', proxy);
  app.all('/api/*', proxy);
  for (const plugin of options.apiPlugins ?? []) await app.register(plugin);

  await registerStaticFiles(app, config.distDir, { signIn: config.access !== null });
  return app;
}
