import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from './emulator.ts';
import type { EmulatorOptions } from './options.ts';

export type RunningEmulator = {
  /** Origin to call, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  key: string;
  emulator: Emulator;
  close(): Promise<void>;
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Generates the orders and listens on `host`:`port` (port 0 picks a free port). */
export async function startEmulator(opts: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const emulator = createEmulator(opts);
  const { host, port } = emulator.options;
  const server = createServer((req, res) => emulator.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    key: emulator.options.key,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
