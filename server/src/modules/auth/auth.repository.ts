import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { writtenRow } from '../../db/versioned-update';
import { sessions, type UserRow, users } from '../user';
import { loginThrottles } from './auth.table';

/** The live session with this token hash and its enabled user, in one statement. */
export async function findLiveSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      username: users.username,
      role: users.role,
      departmentId: users.departmentId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

/** Which of these sessions are still live (for re-checking open sockets in one statement). */
export async function findLiveSessionIds(db: Db, sessionIds: number[]): Promise<Set<number>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        sql`${sessions.id} = any(${sql.param(sessionIds)}::int[])`,
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** The throttle record of a username, if it has failed lately. */
export async function findThrottle(db: Db, username: string) {
  const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.username, username));
  return row ?? null;
}

/**
 * Counts a login attempt for a username in one atomic statement, before its password is checked, and returns the
 * count and lock that result. Parallel attempts each get their own number, so a burst of guesses cannot all read
 * "no failures yet" and slip in under the limit. Attempts older than the lock window start the count afresh; an
 * unexpired lock is kept as it is; reaching `maxFailures` locks the name until `at + lockMs`.
 */
export async function countLoginAttempt(
  db: Db,
  username: string,
  at: Date,
  maxFailures: number,
  lockMs: number,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const t = loginThrottles;
  const now = sql`${at.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(at.getTime() - lockMs).toISOString()}::timestamptz`;
  const lockUntil = new Date(at.getTime() + lockMs);
  const failures = sql`case when ${t.lastFailureAt} < ${windowStart} then 1 else ${t.failures} + 1 end`;
  const rows = await db
    .insert(t)
    .values({ username, failures: 1, lastFailureAt: at, lockedUntil: maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: t.username,
      set: {
        failures,
        lastFailureAt: at,
        lockedUntil: sql`case when ${t.lockedUntil} > ${now} then ${t.lockedUntil} when ${failures} >= ${maxFailures}
          then ${lockUntil.toISOString()}::timestamptz else null end`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  return writtenRow(rows, 'count login attempt');
}

/** The account signing in under a (normalised) username, if any. */
export async function findAccount(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

/** Forgets a username's failed attempts (after a successful sign-in). */
export async function clearThrottle(tx: Db, username: string): Promise<void> {
  await tx.delete(loginThrottles).where(eq(loginThrottles.username, username));
}

/** Opens a session for a user, known by the hash of its token. */
export async function insertSession(tx: Db, values: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(values);
}

/** Ends one session as of the database's now. */
export async function revokeSession(db: Db, sessionId: number): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}
