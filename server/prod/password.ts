import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt N=2^15, r=8, p=1: about 32 MiB and tens of milliseconds per check, OWASP's suggested floor.
const LOG2_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const FORMAT = /^scrypt\.(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.([\w-]{16,})\.([\w-]{32,})$/;

function derive(password: string, salt: Buffer, log2n: number, r: number, p: number, length: number) {
  const options: ScryptOptions = { N: 2 ** log2n, r, p, maxmem: 256 * 2 ** log2n * r + 1024 * 1024 };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt.<log2 N>.<r>.<p>.<salt>.<hash>` (base64url): no `$` or `:`, so it survives shells, env files and unit files. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, LOG2_N, R, P, KEY_LENGTH);
  return `scrypt.${LOG2_N}.${R}.${P}.${salt.toString('base64url')}.${hash.toString('base64url')}`;
}

export function isPasswordHash(encoded: string): boolean {
  const match = FORMAT.exec(encoded);
  return match !== null && Number(match[1]) >= 14 && Number(match[1]) <= 20;
}

/** Constant-time check of `password` against a `hashPassword` result; false for anything malformed. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const match = FORMAT.exec(encoded);
  if (!match || !isPasswordHash(encoded)) return false;
  const [, log2n, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(log2n),
    Number(r),
    Number(p),
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

// Checked when the user name is unknown, so a wrong name costs the same time as a wrong password.
export const DUMMY_HASH = 'scrypt.15.8.1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
