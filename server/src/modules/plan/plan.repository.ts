import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
// The tables of the modules above plan, read as schema (as a foreign key would): which departments a plan involves
// decides who may see it, and getPlanByCode, below those modules, applies it.
import { assignments, indicators } from '../../db/schema';
import type { Updated } from '../../db/versioned-update';
import { PlanState } from './plan.enum';
import { type PlanRow, plans } from './plan.table';

/** Every plan, earliest period first. */
export function listPlans(db: Db) {
  return db.select().from(plans).orderBy(asc(plans.startsOn), asc(plans.code));
}

/**
 * The departments each plan involves: those its assignments name (lead or participant) and those answering for its
 * indicators, one row per plan and department. One statement for any number of plans.
 */
export function listDepartmentsOfPlans(db: Db, planIds: readonly number[]) {
  const ids = [...planIds];
  return db
    .selectDistinct({ planId: assignments.planId, departmentId: assignments.departmentId })
    .from(assignments)
    .where(inArray(assignments.planId, ids))
    .union(
      db
        .selectDistinct({ planId: indicators.planId, departmentId: indicators.departmentId })
        .from(indicators)
        .where(inArray(indicators.planId, ids)),
    );
}

/**
 * 归档: an active plan becomes read-only, in the caller's transaction. Null when it is no longer active (archived
 * meanwhile by another request).
 */
export async function archivePlanRow(tx: Db, before: PlanRow, at: Date): Promise<Updated<PlanRow> | null> {
  const [after] = await tx
    .update(plans)
    .set({ state: PlanState.ARCHIVED, archivedAt: at })
    .where(and(eq(plans.id, before.id), eq(plans.state, PlanState.ACTIVE)))
    .returning();
  return after ? { before, after } : null;
}
