import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { type Change, type Updated, writtenRow } from '../../db/versioned-update';
import { type NewUserRow, sessions, type UserRow, users } from './user.table';

/** An account by id. */
export async function findUserById(db: Db, id: number): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Accounts by id. */
export function listUsersByIds(db: Db, ids: readonly number[]): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** Every account, by username. */
export function listAllUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.username));
}

/** An account by its (normalised) username. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

/** Whether a username is taken. */
export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

/** Creates an account. */
export async function insertUser(tx: Db, values: NewUserRow): Promise<Change<UserRow>> {
  return { before: null, after: writtenRow(await tx.insert(users).values(values).returning(), 'insert user') };
}

/**
 * Changes an account as read before (accounts carry no version: the last write wins, as an ADMIN's should).
 * Null when there is no such account.
 */
export async function updateUser(
  tx: Db,
  before: UserRow,
  changes: PgUpdateSetSource<typeof users>,
): Promise<Updated<UserRow> | null> {
  const [after] = await tx.update(users).set(changes).where(eq(users.id, before.id)).returning();
  return after ? { before, after } : null;
}

/** Disables an account as of the database's now. Null when there is no such account. */
export function markDisabled(tx: Db, before: UserRow): Promise<Updated<UserRow> | null> {
  return updateUser(tx, before, { disabledAt: sql`now()` });
}

/** Ends every open session of an account. */
export async function revokeSessionsOf(tx: Db, userId: number): Promise<void> {
  await tx.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.userId, userId));
}
