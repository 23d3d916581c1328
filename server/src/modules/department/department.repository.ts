import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departmentMembers, departments } from './department.table';

/** Departments with the given ids. */
export function findDepartmentsByIds(db: Db, ids: readonly number[]) {
  return db
    .select()
    .from(departments)
    .where(inArray(departments.id, [...ids]));
}

/** Departments with the given codes. */
export function findDepartmentsByCodes(db: Db, codes: readonly string[]) {
  return db
    .select()
    .from(departments)
    .where(inArray(departments.code, [...codes]));
}

/** Every department, in register order. */
export function listDepartments(db: Db) {
  return db.select().from(departments).orderBy(asc(departments.position), asc(departments.code));
}

/** Member links of the given groups, in member order. */
export function listMembershipsOfGroups(db: Db, groupIds: readonly number[]) {
  return db
    .select()
    .from(departmentMembers)
    .where(inArray(departmentMembers.groupId, [...groupIds]))
    .orderBy(asc(departmentMembers.position));
}

/** Group links of the given member units. */
export function listMembershipsOfMembers(db: Db, memberIds: readonly number[]) {
  return db
    .select()
    .from(departmentMembers)
    .where(inArray(departmentMembers.memberId, [...memberIds]));
}

/** The department with this code, if any (one statement; for writes and seeds). */
export async function findDepartmentByCode(db: Db, code: string) {
  const [row] = await db.select().from(departments).where(eq(departments.code, code));
  return row ?? null;
}
