import { emulatorOptionsFromEnv } from '../emulator/options.ts';
import { startEmulator } from '../emulator/server.ts';
import { upstreamFromEnv, type Upstream } from '../proxy/upstream.ts';
import { startMirrorFromEnv } from '../mirror/mount.ts';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { DatabaseRevocations } from './database-revocations.ts';

const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: message })}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  let configured: Upstream | null;
  try {
    config = configFromEnv(process.env);
    configured = upstreamFromEnv(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  let stopEmulator: (() => Promise<void>) | undefined;
  let upstream = configured;
  if (!upstream) {
    const options = emulatorOptionsFromEnv(process.env, []);
    if (!process.env.EMULATOR_PORT) options.port = 0;
    const started = await startEmulator(options);
    stopEmulator = started.close;
    upstream = { baseUrl: started.url, apiKey: started.key };
  }
  let mirror;
  // With the mirror on, sign-outs live in its database: refused by every copy on it, kept across restarts.
  let revocationsDb;
  try {
    const log = (message: string) =>
      process.stderr.write(`${JSON.stringify({ level: 'error', msg: message })}\n`);
    mirror = await startMirrorFromEnv(process.env, upstream, log, configured === null);
    revocationsDb = config.access ? await mirror.openDatabase?.() : undefined;
  } catch (error) {
    await mirror?.close();
    await stopEmulator?.();
    fail((error as Error).message);
  }
  const app = await buildApp({
    config,
    upstream,
    mirrorRoutes: mirror.routes,
    mirrorDatabaseProblem: mirror.databaseProblem,
    revocations:
      config.access && revocationsDb
        ? new DatabaseRevocations(revocationsDb, config.access.sessionTtlMs)
        : undefined,
  });
  app.log.info(
    {
      upstream: configured ? new URL(configured.baseUrl).origin : 'embedded emulator',
      signIn: config.access ? `${config.access.users.size} staff account(s)` : 'off (loopback only)',
      trustProxy: config.trustProxy !== false,
    },
    'starting',
  );
  if (!config.access) app.log.warn('No DASHBOARD_USERS: anyone on this machine can open the dashboard.');
  else if (config.trustProxy === false && config.host !== '127.0.0.1') {
    app.log.warn(
      'TRUST_PROXY is unset: cookies are not marked Secure. Serve through a TLS proxy and set TRUST_PROXY.',
    );
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    void app
      .close()
      .then(() => mirror.close())
      .then(() => revocationsDb?.destroy())
      .then(() => stopEmulator?.())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info({ url: address }, 'listening');
}

main().catch((error: unknown) => fail(`Could not start: ${(error as Error).message}`));
