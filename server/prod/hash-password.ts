import { hashPassword } from './password.ts';

/**
 * Prints a hash for DASHBOARD_USERS: `npx tsx server/prod/hash-password.ts`, then type the password, or pipe
 * it in (`printf %s "$PW" | npx tsx server/prod/hash-password.ts`). It is read from stdin, never from argv,
 * so it stays out of shell history and the process list.
 */
async function main(): Promise<void> {
  const password = process.stdin.isTTY ? await readHidden('Password (not shown): ') : await readPiped();
  if (password.length < 10) {
    process.stderr.write('Refusing: use a password of at least 10 characters.\n');
    process.exit(1);
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function readHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\u0003') process.exit(130);
        if (char === '\r' || char === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(typed);
        }
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    process.stdin.on('data', onData);
  });
}

void main();
