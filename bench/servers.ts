import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');

export type Stack = { appUrl: string; emulatorUrl: string; stop: () => Promise<void> };

export type StackOptions = {
  dist: string;
  appPort: number;
  emulatorPort: number;
  /** `EMULATOR_*` knobs for the embedded emulator. */
  emulator: Record<string, string | number>;
};

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [viteBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function buildApp(dist: string): Promise<void> {
  const child = run(['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    ...process.env,
    DIST_DIR: dist,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${output}`);
}

async function waitFor(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}) before it was ready:\n${log()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${log()}`);
}

type MirrorState = { status?: { firstPassDone?: boolean } };

/** With the mirror on, measurements start once it holds the whole history: a new browser meets a warm mirror. */
async function waitForWarmMirror(appUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const config = (await (await fetch(`${appUrl}/api/config`)).json()) as { mirror?: boolean };
  if (!config.mirror) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('server exited while its mirror was syncing');
    const state = (await (await fetch(`${appUrl}/api/mirror/changes?since=0&limit=1`)).json()) as MirrorState;
    if (state.status?.firstPassDone) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the mirror did not finish its first pass within ${timeoutMs} ms`);
}

/** `vite preview` of the build over its embedded emulator, on loopback, as CONTRACT.md says benchmarks run. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CEKAT_API_BASE_URL: '',
    CEKAT_API_KEY: '',
    DIST_DIR: options.dist,
    EMULATOR_PORT: String(options.emulatorPort),
    EMULATOR_HOST: '127.0.0.1',
    // Each stack starts with an empty mirror that no earlier run left on disk.
    MIRROR_DB: ':memory:',
  };
  for (const [name, value] of Object.entries(options.emulator)) env[name] = String(value);
  const args = [
    'preview',
    '--outDir',
    options.dist,
    '--host',
    '127.0.0.1',
    '--port',
    String(options.appPort),
    '--strictPort',
  ];
  const child = run(args, env);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const appUrl = `http://127.0.0.1:${options.appPort}`;
  const emulatorUrl = `http://127.0.0.1:${options.emulatorPort}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(`${emulatorUrl}/__emulator/summary`, child, 180_000, () => output);
    await waitFor(`${appUrl}/`, child, 30_000, () => output);
    // Warm the proxy and emulator code paths so the first run's floor is not a cold start.
    for (let i = 0; i < 3; i++)
      await waitFor(`${appUrl}/api/orders?limit=100&page=${i + 1}`, child, 30_000, () => output);
    await waitForWarmMirror(appUrl, child, 60_000 + Number(options.emulator.EMULATOR_COUNT ?? 0) * 3);
  } catch (error) {
    await stop();
    throw error;
  }
  return { appUrl, emulatorUrl, stop };
}

export type EmulatorRequests = {
  total: number;
  ok: number;
  rateLimited: number;
  failed: number;
  unauthorized: number;
};

export async function emulatorRequests(stack: Stack): Promise<EmulatorRequests | null> {
  const summary = (await (await fetch(`${stack.emulatorUrl}/__emulator/summary`)).json()) as {
    requests?: EmulatorRequests;
  };
  return summary.requests ?? null;
}

export async function resetEmulatorStats(stack: Stack): Promise<void> {
  const response = await fetch(`${stack.emulatorUrl}/__emulator/reset-stats`, { method: 'POST' });
  await response.arrayBuffer();
}
