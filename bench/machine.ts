import { execFileSync } from 'node:child_process';
import os from 'node:os';

export type Machine = {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium: string;
};

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** What a reader needs to weigh the numbers: the same code is slower on a shared two-core box. */
export function describeMachine(chromium: string): Machine & { commit: string } {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    commit: gitCommit(),
  };
}
