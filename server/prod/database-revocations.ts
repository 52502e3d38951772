import type { Kysely } from 'kysely';
import type { MirrorDb } from '../mirror/kysely-store.ts';
import type { SessionRevocations } from './revocations.ts';
import type { Session } from './session.ts';

/** The tables of migration `004-session-revocations` in the mirror's database. */
type RevocationTables = {
  revoked_session: { session_id: string; expires_at: number };
  revoked_user: { user_name: string; revoked_at: number; forget_at: number };
};

/**
 * Revocations in the order mirror's database (SQLite or PostgreSQL, the same queries): every server copy on
 * that database refuses a signed-out cookie, and a restart forgets nothing. No cache: every answer is the
 * database's, so a failure refuses the request rather than letting a revoked cookie through.
 */
export class DatabaseRevocations implements SessionRevocations {
  private readonly db: Kysely<MirrorDb & RevocationTables>;

  /** `sessionTtlMs` bounds how long "everywhere" is kept; `db` is any Kysely on the migrated mirror database. */
  constructor(
    db: Kysely<MirrorDb>,
    private readonly sessionTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.db = db.withTables<RevocationTables>();
  }

  async revokeSession(session: Session): Promise<void> {
    await this.forgetExpired();
    await this.db
      .insertInto('revoked_session')
      .values({ session_id: session.id, expires_at: session.expiresAt })
      .onConflict((oc) => oc.column('session_id').doNothing())
      .execute();
  }

  async revokeAllFor(user: string, at: number): Promise<void> {
    await this.forgetExpired();
    const row = { user_name: user, revoked_at: at, forget_at: at + this.sessionTtlMs };
    // A later "everywhere" wins; an earlier one arriving late from another copy must not undo it.
    await this.db
      .insertInto('revoked_user')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('user_name')
          .doUpdateSet({ revoked_at: at, forget_at: row.forget_at })
          .where('revoked_user.revoked_at', '<', at),
      )
      .execute();
  }

  async isRevoked(session: Session): Promise<boolean> {
    const [one, everywhere] = await Promise.all([
      this.db
        .selectFrom('revoked_session')
        .select('session_id')
        .where('session_id', '=', session.id)
        .executeTakeFirst(),
      this.db
        .selectFrom('revoked_user')
        .select('revoked_at')
        .where('user_name', '=', session.user)
        .executeTakeFirst(),
    ]);
    return (
      one !== undefined || (everywhere !== undefined && session.issuedAt <= Number(everywhere.revoked_at))
    );
  }

  /** Drops rows whose cookies have expired anyway; done on writes, which are rare (sign-outs). */
  private async forgetExpired(): Promise<void> {
    const now = this.now();
    await this.db.deleteFrom('revoked_session').where('expires_at', '<=', now).execute();
    await this.db.deleteFrom('revoked_user').where('forget_at', '<=', now).execute();
  }
}
