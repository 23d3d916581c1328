import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departmentMembers, departments } from './department.table';

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
