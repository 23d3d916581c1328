import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans } from './plan.table';

/** Plans with the given codes. */
export function findPlansByCodes(db: Db, codes: readonly string[]) {
  return db
    .select()
    .from(plans)
    .where(inArray(plans.code, [...codes]));
}

/** Plans with the given ids. */
export function findPlansByIds(db: Db, ids: readonly number[]) {
  return db
    .select()
    .from(plans)
    .where(inArray(plans.id, [...ids]));
}

/** Every plan, newest period first. */
export function listPlans(db: Db) {
  return db.select().from(plans).orderBy(asc(plans.startsOn), asc(plans.code));
}
