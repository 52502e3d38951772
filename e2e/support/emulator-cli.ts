import { spawn, type ChildProcess } from 'node:child_process';

/** A running `npm run emulator` on a free port: what `emulatorSummary` and `changeStatuses` need. */
export type CliEmulator = { child: ChildProcess; url: string; emulatorPort: number };

/** Starts `npm run emulator -- --port 0 <args>` in its own process group; rejects with its output if it exits. */
export function startEmulatorCli(args: string[], children: ChildProcess[]): Promise<CliEmulator> {
  const child = spawn('npm', ['run', 'emulator', '--', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not listen:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cekat emulator on (http:\/\/[\d.]+:(\d+))/.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolveStart({ child, url: match[1], emulatorPort: Number(match[2]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited with ${code}:\n${output}`));
    });
  });
}
