import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'cekat_session';

/** One sign-in: who, when it was opened and ends, and a random id that sign-out can revoke. */
export type Session = { id: string; user: string; issuedAt: number; expiresAt: number };

/** Binds a session to the password hash it was opened with, so changing a password ends that user's sessions. */
export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A new session for `user`, opened at `now` for `ttlMs`. */
export function openSession(user: string, now: number, ttlMs: number): Session {
  return { id: randomBytes(16).toString('base64url'), user, issuedAt: now, expiresAt: now + ttlMs };
}

/** `<user>.<issued ms>.<expires ms>.<id>.<HMAC>`: any server copy with the same secret accepts it. */
export function createSessionToken(session: Session, fingerprint: string, secret: string): string {
  const head = `${Buffer.from(session.user).toString('base64url')}.${session.issuedAt}.${session.expiresAt}.${session.id}`;
  return `${head}.${sign(`${head}.${fingerprint}`, secret)}`;
}

/** The session, or null when the token is malformed, forged, expired or for a changed password. */
export function readSessionToken(
  token: string,
  secret: string,
  fingerprintOf: (user: string) => string | null,
  now: number,
): Session | null {
  const parts = token.split('.');
  if (parts.length !== 5) return null;
  const [userPart, issuedPart, expiresPart, id, signature] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d{1,16}$/.test(issuedPart) || !/^\d{1,16}$/.test(expiresPart) || !/^[\w-]{22}$/.test(id))
    return null;
  if (Number(expiresPart) <= now) return null;
  const user = Buffer.from(userPart, 'base64url').toString('utf8');
  const fingerprint = fingerprintOf(user);
  if (fingerprint === null) return null;
  const expected = Buffer.from(sign(`${userPart}.${issuedPart}.${expiresPart}.${id}.${fingerprint}`, secret));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { id, user, issuedAt: Number(issuedPart), expiresAt: Number(expiresPart) };
}
