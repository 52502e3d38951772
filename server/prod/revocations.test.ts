import { describe, expect, it } from 'vitest';
import { MemoryRevocations } from './revocations.ts';
import type { Session } from './session.ts';

const session = (id: string, user: string, issuedAt: number, expiresAt = issuedAt + 1_000): Session => ({
  id: id.padEnd(22, 'x'),
  user,
  issuedAt,
  expiresAt,
});

describe('MemoryRevocations', () => {
  it('revokes one session and leaves the user’s others alone', () => {
    const revocations = new MemoryRevocations(1_000);
    revocations.revokeSession(session('a', 'alice', 0));
    expect(revocations.isRevoked(session('a', 'alice', 0))).toBe(true);
    expect(revocations.isRevoked(session('b', 'alice', 0))).toBe(false);
  });

  it('revokes every session a user opened until then, not later ones', () => {
    const revocations = new MemoryRevocations(1_000);
    revocations.revokeAllFor('alice', 500);
    expect(revocations.isRevoked(session('a', 'alice', 100))).toBe(true);
    expect(revocations.isRevoked(session('b', 'alice', 500))).toBe(true);
    expect(revocations.isRevoked(session('c', 'alice', 501))).toBe(false);
    expect(revocations.isRevoked(session('d', 'bob', 100))).toBe(false);
  });

  it('forgets entries once their cookies have expired, and stays bounded by revoking the user when full', () => {
    let now = 0;
    const revocations = new MemoryRevocations(1_000, 2, () => now);
    revocations.revokeSession(session('a', 'alice', 0, 100));
    revocations.revokeSession(session('b', 'bob', 0, 100));
    now = 200;
    revocations.revokeSession(session('c', 'carol', 150, 1_150));
    expect(revocations.isRevoked(session('a', 'alice', 0, 100))).toBe(false);
    revocations.revokeSession(session('d', 'dan', 160, 1_160));
    revocations.revokeSession(session('e', 'erin', 170, 1_170));
    expect(revocations.isRevoked(session('e', 'erin', 170, 1_170))).toBe(true);
    expect(revocations.isRevoked(session('f', 'erin', 100, 1_100))).toBe(true);
  });
});
