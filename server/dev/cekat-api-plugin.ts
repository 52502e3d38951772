import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { createApiProxy } from '../proxy/forward.ts';
import { upstreamFromEnv, type Upstream } from '../proxy/upstream.ts';
import { emulatorOptionsFromEnv } from '../emulator/options.ts';
import { startEmulator } from '../emulator/server.ts';
import { serveMirrorRoute, startMirrorFromEnv } from '../mirror/mount.ts';

/**
 * Serves same-origin `/api/*` in `vite` (dev) and `vite preview`: the mirror's routes and the shared proxy. With
 * `CEKAT_API_BASE_URL` unset it starts the embedded emulator first, so one command gives a working dashboard.
 */
export function cekatApiPlugin(): Plugin {
  let upstream: Promise<Upstream> | undefined;
  let stopEmulator: (() => Promise<void>) | undefined;

  function resolveUpstream(): Promise<Upstream> {
    upstream ??= (async () => {
      const configured = upstreamFromEnv(process.env);
      if (configured) {
        console.log(`  ➜  Cekat API: ${configured.baseUrl} (key from CEKAT_API_KEY)`);
        return configured;
      }
      const options = emulatorOptionsFromEnv(process.env, []);
      // The embedded emulator takes any free port unless one is asked for, so several dev servers can run.
      if (!process.env.EMULATOR_PORT) options.port = 0;
      const started = await startEmulator(options);
      stopEmulator = started.close;
      console.log(`  ➜  Emulator:  ${started.url} (${options.count} orders, seed ${options.seed})`);
      return { baseUrl: started.url, apiKey: started.key };
    })();
    return upstream;
  }

  // The mirror (MIRROR, MIRROR_DB, …): a bad setting or an unusable database stops the server with its message.
  async function middleware(close: (stop: () => Promise<void>) => void): Promise<Connect.NextHandleFunction> {
    const current = await resolveUpstream();
    const embedded = stopEmulator !== undefined;
    const mirror = await startMirrorFromEnv(process.env, current, (m) => console.error(m), embedded);
    close(mirror.close);
    const proxy = createApiProxy({ upstream: () => current });
    const serve = async (req: IncomingMessage, res: ServerResponse) => {
      if (!(await serveMirrorRoute(mirror.routes, req, res))) await proxy(req, res);
    };
    return (req, res, next) => {
      if (!req.url?.startsWith('/api/') && req.url !== '/api') return next();
      void serve(req, res).catch(next);
    };
  }

  return {
    name: 'cekat-api',
    async configureServer(server) {
      server.middlewares.use(await middleware((stop) => server.httpServer?.once('close', () => void stop())));
      server.httpServer?.once('close', () => void stopEmulator?.());
    },
    async configurePreviewServer(server) {
      server.middlewares.use(await middleware((stop) => server.httpServer?.once('close', () => void stop())));
      server.httpServer?.once('close', () => void stopEmulator?.());
    },
  };
}
