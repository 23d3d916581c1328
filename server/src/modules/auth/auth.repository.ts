import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../user/user.table';
import { loginThrottles, sessions } from './auth.table';

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
