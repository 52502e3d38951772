import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { distDir } from './stacks';

/** A running `npm start`: its process, the URL from its `listening` line, and everything it printed. */
export type Started = { child: ChildProcess; url: string; output: () => string };

// The sign-in fixture shared by the production specs: PASSWORD hashed by `server/prod/hash-password.ts`.
export const PASSWORD = 'correct horse battery';
export const HASH = 'scrypt.15.8.1.akWwUHX45ZE-xqN_P8SCzw.eoU_gjcyTXmSJsiKN_W_FjCV7bzU13Qe0P8_gmYHCYw';
export const SECRET = 'e2e-session-secret-0123456789abcdef0123';
export const accessEnv = { DASHBOARD_USERS: `alice:${HASH},bob:${HASH}`, SESSION_SECRET: SECRET };

/**
 * Starts `npm start` in its own process group (PORT=0 and a mirror in memory unless given); rejects with its
 * output if it exits. Specs run side by side: on the default file two copies would race to migrate it.
 */
export function npmStart(env: Record<string, string>, children: ChildProcess[]): Promise<Started> {
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      CEKAT_API_BASE_URL: '',
      CEKAT_API_KEY: '',
      PORT: '0',
      MIRROR_DB: ':memory:',
      DIST_DIR: resolve(distDir),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)","msg":"listening"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`npm start exited with ${code}`), { output }));
    });
  });
}

/** Ends a child started here, with its whole process group (npm, tsx and node). */
export function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
