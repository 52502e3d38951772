import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'cekat_session';

/** Binds a session to the password hash it was opened with, so changing a password ends that user's sessions. */
export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A stateless session token `<user>.<expires ms>.<HMAC>`: any server copy with the same secret accepts it. */
export function createSessionToken(
  user: string,
  fingerprint: string,
  secret: string,
  expiresAt: number,
): string {
  const head = `${Buffer.from(user).toString('base64url')}.${expiresAt}`;
  return `${head}.${sign(`${head}.${fingerprint}`, secret)}`;
}

/** The signed-in user name, or null when the token is malformed, forged, expired or for a changed password. */
export function readSessionToken(
  token: string,
  secret: string,
  fingerprintOf: (user: string) => string | null,
  now: number,
): string | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userPart, expiresPart, signature] = parts as [string, string, string];
  if (!/^\d{1,16}$/.test(expiresPart) || Number(expiresPart) <= now) return null;
  const user = Buffer.from(userPart, 'base64url').toString('utf8');
  const fingerprint = fingerprintOf(user);
  if (fingerprint === null) return null;
  const expected = Buffer.from(sign(`${userPart}.${expiresPart}.${fingerprint}`, secret));
  const actual = Buffer.from(signature);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? user : null;
}
