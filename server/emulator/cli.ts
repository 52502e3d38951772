import { KNOBS } from './knobs.ts';
import { defaultEmulatorOptions, emulatorOptionsFromEnv } from './options.ts';
import { startEmulator } from './server.ts';

function help(): string {
  const rows = KNOBS.map((knob) => {
    const fallback = defaultEmulatorOptions[knob.key as keyof typeof defaultEmulatorOptions];
    const shown = fallback === undefined ? '' : ` (default ${String(fallback)})`;
    return `  ${`${knob.flag} <value>`.padEnd(30)} ${knob.env.padEnd(28)} ${knob.meaning}${shown}`;
  });
  return [
    'Cekat Orders API emulator: GET /api/orders?limit=&page= with seeded Indonesian orders.',
    '',
    'Usage: npm run emulator -- [options]   (each option also reads from its environment variable; flags win)',
    '',
    ...rows,
    `  ${'--help'.padEnd(30)} ${''.padEnd(28)} this list`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(help());
    return;
  }
  let options;
  try {
    options = emulatorOptionsFromEnv(process.env, args);
  } catch (error) {
    console.error(`emulator: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const running = await startEmulator(options);
  const { count, seed } = running.emulator.options;
  console.log(
    `Cekat emulator on ${running.url}  key=${running.key}  count=${count}  seed=${seed}  ` +
      `generated in ${Math.round(running.emulator.generationMs)} ms`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`emulator: ${signal}, closing`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('emulator:', error);
  process.exit(1);
});
