import { asc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { type Change, staleVersion, type Updated, versionedUpdate, writtenRow } from '../../db/versioned-update';
import { type DepartmentRow, departmentMembers, departments, type NewDepartmentRow } from './department.table';

/** Every department, in register order. */
export function listDepartments(db: Db) {
  return db.select().from(departments).orderBy(asc(departments.position), asc(departments.code));
}

/** Every membership of a unit in a group, in member order. */
export function listMemberships(db: Db) {
  return db.select().from(departmentMembers).orderBy(asc(departmentMembers.groupId), asc(departmentMembers.position));
}

/** The department with this code, if any (one statement; for writes and seeds). */
export async function findDepartmentByCode(db: Db, code: string) {
  const [row] = await db.select().from(departments).where(eq(departments.code, code));
  return row ?? null;
}

/**
 * Serialises the register's writers for the rest of the transaction: names and aliases are unique across two
 * columns, which no index can hold, so each writer reads the register after this lock and checks. Readers and
 * foreign-key checks of other writes are not blocked.
 */
export async function lockRegister(tx: Db): Promise<void> {
  await tx.execute(sql`lock table ${departments} in share row exclusive mode`);
}

/** Adds a unit to the register, at its end. */
export async function insertDepartment(
  tx: Db,
  values: Omit<NewDepartmentRow, 'position'>,
): Promise<Change<DepartmentRow>> {
  const rows = await tx
    .insert(departments)
    .values({ ...values, position: sql`(select coalesce(max(${departments.position}), 0) + 1 from ${departments})` })
    .returning();
  return { before: null, after: writtenRow(rows, 'insert department') };
}

/** Changes a unit as read after `lockRegister` (STALE_VERSION on `field` when its version moved). */
export function updateDepartment(
  tx: Db,
  before: DepartmentRow,
  changes: PgUpdateSetSource<typeof departments>,
  field = 'input.version',
): Promise<Updated<DepartmentRow>> {
  return versionedUpdate(tx, departments, before, changes, () => staleVersion(field));
}

/** Replaces a group's member units, in the order given. */
export async function replaceMembers(tx: Db, groupId: number, memberIds: readonly number[]): Promise<void> {
  await tx.delete(departmentMembers).where(eq(departmentMembers.groupId, groupId));
  if (memberIds.length === 0) return;
  await tx.insert(departmentMembers).values(memberIds.map((memberId, position) => ({ groupId, memberId, position })));
}

/**
 * A merged unit's places in groups pass to its successor: where the successor is not yet a member, it takes the
 * merged unit's place; the merged unit leaves every group. Returns the ids of the groups it left.
 */
export async function passMemberships(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const left = await tx
    .delete(departmentMembers)
    .where(eq(departmentMembers.memberId, fromId))
    .returning({ groupId: departmentMembers.groupId, position: departmentMembers.position });
  const held = new Set(
    (
      await tx
        .select({ groupId: departmentMembers.groupId })
        .from(departmentMembers)
        .where(eq(departmentMembers.memberId, toId))
    ).map((row) => row.groupId),
  );
  const taken = left.filter((row) => !held.has(row.groupId) && row.groupId !== toId);
  if (taken.length > 0) {
    await tx
      .insert(departmentMembers)
      .values(taken.map((row) => ({ groupId: row.groupId, memberId: toId, position: row.position })));
  }
  return left.map((row) => row.groupId);
}

/** Leading groups whose office the merged unit hosted pass to its successor. Returns how many. */
export async function passOffices(tx: Db, fromId: number, toId: number): Promise<number> {
  const rows = await tx
    .update(departments)
    .set({ officeDepartmentId: toId, version: sql`${departments.version} + 1` })
    .where(eq(departments.officeDepartmentId, fromId))
    .returning({ id: departments.id });
  return rows.length;
}
