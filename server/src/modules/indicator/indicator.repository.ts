import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators } from './indicator.table';

/** Every indicator of the given plans, in document order. */
export function listIndicatorsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.planId, [...planIds]))
    .orderBy(asc(indicators.planId), asc(indicators.position));
}

/** Every indicator the given departments report, across plans. */
export function listIndicatorsOfDepartments(db: Db, departmentIds: readonly number[]) {
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.departmentId, [...departmentIds]))
    .orderBy(asc(indicators.planId), asc(indicators.position));
}
