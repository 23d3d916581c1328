import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { goals } from './goal.table';

/** Every goal of the given plans, in document order. */
export function listGoalsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(goals)
    .where(inArray(goals.planId, [...planIds]))
    .orderBy(asc(goals.planId), asc(goals.position));
}
