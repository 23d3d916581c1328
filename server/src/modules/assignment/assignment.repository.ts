import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { assignments, endedAssignments } from './assignment.table';

/** Every assignment in the given plans, in the order the document lists departments. */
export function listAssignmentsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(assignments)
    .where(inArray(assignments.planId, [...planIds]))
    .orderBy(asc(assignments.position));
}

/** Every assignment of the given departments, across plans. */
export function listAssignmentsOfDepartments(db: Db, departmentIds: readonly number[]) {
  return db
    .select()
    .from(assignments)
    .where(inArray(assignments.departmentId, [...departmentIds]))
    .orderBy(asc(assignments.planId), asc(assignments.position));
}

/** The duties revisions ended in the given plans (原牵头/原配合 with their spans), oldest first. */
export function listEndedAssignmentsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(endedAssignments)
    .where(inArray(endedAssignments.planId, [...planIds]))
    .orderBy(asc(endedAssignments.until));
}
