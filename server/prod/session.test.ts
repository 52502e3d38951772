import { describe, expect, it } from 'vitest';
import { createSessionToken, passwordFingerprint, readSessionToken } from './session.ts';

const SECRET = 'x'.repeat(40);
const fp = passwordFingerprint('hash-1');
const lookup = (user: string) => (user === 'alice' ? fp : null);

describe('session tokens', () => {
  it('reads back the user until it expires', () => {
    const token = createSessionToken('alice', fp, SECRET, 2_000);
    expect(readSessionToken(token, SECRET, lookup, 1_999)).toBe('alice');
    expect(readSessionToken(token, SECRET, lookup, 2_000)).toBeNull();
  });

  it('refuses forged, tampered, foreign-secret and changed-password tokens', () => {
    const token = createSessionToken('alice', fp, SECRET, 9_000);
    const [user, , sig] = token.split('.');
    expect(readSessionToken(`${user}.99999999.${sig}`, SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken(token, 'y'.repeat(40), lookup, 0)).toBeNull();
    expect(readSessionToken(token, SECRET, () => passwordFingerprint('hash-2'), 0)).toBeNull();
    expect(readSessionToken(createSessionToken('mallory', fp, SECRET, 9_000), SECRET, lookup, 0)).toBeNull();
    expect(readSessionToken('garbage', SECRET, lookup, 0)).toBeNull();
  });
});
