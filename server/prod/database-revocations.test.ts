import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MirrorDb } from '../mirror/kysely-store.ts';
import { openPostgres } from '../mirror/postgres-store.ts';
import { openSqlite } from '../mirror/sqlite-store.ts';
import { testBackends } from '../mirror/test-postgres.ts';
import { DatabaseRevocations } from './database-revocations.ts';
import type { Session } from './session.ts';

// `open` connects again to the same database, as another server copy would.
const backends = await testBackends<Kysely<MirrorDb>>({
  sqlite: openSqlite,
  postgres: async (url) => (await openPostgres(url)).db,
});

const TTL = 10_000;
const session = (id: string, user: string, issuedAt: number): Session => ({
  id: id.padEnd(22, 'x'),
  user,
  issuedAt,
  expiresAt: issuedAt + TTL,
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(
    `revocations in the mirror database on ${backend.name}${backend.skip ? ` (${backend.skip})` : ''}`,
    () => {
      let connect: () => Promise<Kysely<MirrorDb>>;
      let teardown: () => Promise<void>;
      const open: Kysely<MirrorDb>[] = [];
      const copy = async (now: () => number = Date.now) => {
        const db = await connect();
        open.push(db);
        return { db, revocations: new DatabaseRevocations(db, TTL, now) };
      };

      beforeAll(async () => {
        ({ open: connect, teardown } = await backend.setup());
      });
      afterAll(async () => {
        for (const db of open) await db.destroy().catch(() => undefined);
        await teardown?.();
      });

      it('revokes one session and leaves the user’s others alone', async () => {
        const { revocations } = await copy();
        const now = Date.now();
        await revocations.revokeSession(session('one-a', 'alice', now));
        await revocations.revokeSession(session('one-a', 'alice', now));
        expect(await revocations.isRevoked(session('one-a', 'alice', now))).toBe(true);
        expect(await revocations.isRevoked(session('one-b', 'alice', now))).toBe(false);
      });

      it('refuses on copy B a session signed out on copy A, and every session of a user signed out everywhere', async () => {
        const a = (await copy()).revocations;
        const b = (await copy()).revocations;
        const now = Date.now();
        expect(await b.isRevoked(session('ab-1', 'bob', now))).toBe(false);
        await a.revokeSession(session('ab-1', 'bob', now));
        expect(await b.isRevoked(session('ab-1', 'bob', now))).toBe(true);

        await b.revokeAllFor('carol', now);
        expect(await a.isRevoked(session('ab-2', 'carol', now - 100))).toBe(true);
        expect(await a.isRevoked(session('ab-3', 'carol', now))).toBe(true);
        expect(await a.isRevoked(session('ab-4', 'carol', now + 1))).toBe(false);
        expect(await a.isRevoked(session('ab-5', 'dave', now - 100))).toBe(false);
      });

      it('keeps the later "everywhere" when an earlier one arrives after it', async () => {
        const a = (await copy()).revocations;
        const b = (await copy()).revocations;
        const now = Date.now();
        await a.revokeAllFor('erin', now);
        await b.revokeAllFor('erin', now - 5_000);
        expect(await a.isRevoked(session('late-1', 'erin', now - 1_000))).toBe(true);
      });

      it('survives a restart', async () => {
        const first = await copy();
        const now = Date.now();
        await first.revocations.revokeSession(session('restart-1', 'frank', now));
        await first.revocations.revokeAllFor('grace', now);
        await first.db.destroy();
        const again = (await copy()).revocations;
        expect(await again.isRevoked(session('restart-1', 'frank', now))).toBe(true);
        expect(await again.isRevoked(session('restart-2', 'grace', now - 1))).toBe(true);
      });

      it('prunes rows once their cookies have expired anyway', async () => {
        let now = 1_000;
        const { db, revocations } = await copy(() => now);
        await revocations.revokeSession(session('prune-old', 'heidi', 0));
        await revocations.revokeAllFor('ivan', 0);
        now = 1_000 + TTL;
        await revocations.revokeSession(session('prune-new', 'heidi', now));
        const tables = db.withTables<{
          revoked_session: { session_id: string };
          revoked_user: { user_name: string };
        }>();
        const sessions = await tables.selectFrom('revoked_session').select('session_id').execute();
        const users = await tables.selectFrom('revoked_user').select('user_name').execute();
        expect(sessions.map((row) => row.session_id)).not.toContain('prune-old'.padEnd(22, 'x'));
        expect(sessions.map((row) => row.session_id)).toContain('prune-new'.padEnd(22, 'x'));
        expect(users.map((row) => row.user_name)).not.toContain('ivan');
      });
    },
  );
}
