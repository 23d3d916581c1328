import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { measures } from './measure.table';

/** Every measure of the given plans, in document order. */
export function listMeasuresOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(measures)
    .where(inArray(measures.planId, [...planIds]))
    .orderBy(asc(measures.planId), asc(measures.position));
}
