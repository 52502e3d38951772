import { describe, expect, it } from 'vitest';
import { createSessionToken, openSession, passwordFingerprint, readSessionToken } from './session.ts';

const SECRET = 'x'.repeat(40);
const fp = passwordFingerprint('hash-1');
const lookup = (user: string) => (user === 'alice' ? fp : null);

describe('session tokens', () => {
  it('reads back the session until it expires, each sign-in with its own id', () => {
    const session = openSession('alice', 1_000, 1_000);
    const token = createSessionToken(session, fp, SECRET);
    expect(readSessionToken(token, SECRET, lookup, 1_999)).toEqual(session);
    expect(readSessionToken(token, SECRET, lookup, 2_000)).toBeNull();
    expect(openSession('alice', 1_000, 1_000).id).not.toBe(session.id);
  });

  it('refuses forged, tampered, foreign-secret and changed-password tokens', () => {
    const token = createSessionToken(openSession('alice', 0, 9_000), fp, SECRET);
    const [user, issued, , id, sig] = token.split('.');
    expect(readSessionToken(`${user}.${issued}.99999999.${id}.${sig}`, SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken(`${user}.1.9000.${id}.${sig}`, SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken(`${user}.${issued}.9000.${'A'.repeat(22)}.${sig}`, SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken(token, 'y'.repeat(40), lookup, 0)).toBeNull();
    expect(readSessionToken(token, SECRET, () => passwordFingerprint('hash-2'), 0)).toBeNull();
    const mallory = createSessionToken(openSession('mallory', 0, 9_000), fp, SECRET);
    expect(readSessionToken(mallory, SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken('garbage', SECRET, lookup, 0)).toBeNull();
  });
});
