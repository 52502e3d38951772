import type { Session } from './session.ts';

/**
 * Server-side sign-out: a revoked session's cookie is refused before it expires. Every method may be sync or
 * async, so a store shared by all server copies (the order mirror's database) can stand behind it.
 */
export interface SessionRevocations {
  /** Ends one session; remembered until `session.expiresAt`, when its cookie ends anyway. */
  revokeSession(session: Session): void | Promise<void>;
  /** Ends every session of `user` opened at or before `at` ("sign out everywhere"). */
  revokeAllFor(user: string, at: number): void | Promise<void>;
  isRevoked(session: Session): boolean | Promise<boolean>;
}

/** Revocations in this process's memory: one server copy, forgotten on restart; entries end with the cookie. */
export class MemoryRevocations implements SessionRevocations {
  private readonly sessions = new Map<string, number>();
  private readonly users = new Map<string, { at: number; until: number }>();

  /** `sessionTtlMs` bounds how long "everywhere" is remembered; `maxSessions` bounds memory. */
  constructor(
    private readonly sessionTtlMs: number,
    private readonly maxSessions = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  revokeSession(session: Session): void {
    this.forgetExpired();
    // Full (a flood of sign-outs): ending all of the user's sessions is the safe side of forgetting one.
    if (this.sessions.size >= this.maxSessions) return this.revokeAllFor(session.user, this.now());
    this.sessions.set(session.id, session.expiresAt);
  }

  revokeAllFor(user: string, at: number): void {
    this.users.set(user, { at, until: at + this.sessionTtlMs });
  }

  isRevoked(session: Session): boolean {
    const everywhere = this.users.get(session.user);
    return this.sessions.has(session.id) || (everywhere !== undefined && session.issuedAt <= everywhere.at);
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [id, expiresAt] of this.sessions) if (expiresAt <= now) this.sessions.delete(id);
    for (const [user, { until }] of this.users) if (until <= now) this.users.delete(user);
  }
}
