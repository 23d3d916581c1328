import { and, count, eq, gte, inArray, isNull, min, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type Change, writtenRow } from '../../db/versioned-update';
import { PlanState, plans } from '../plan';
import { progressReports } from '../progress';
import { type ReportingCycleRow, reportingCycles, warningStates } from './supervision.table';

/** The reporting cycles the plan office has set for the given plans. */
export function listReportingCyclesOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(reportingCycles)
    .where(inArray(reportingCycles.planId, [...planIds]));
}

/**
 * Which periods each department has reported on each measure (standing reports only), for the given plans, with when
 * the first standing report for the period was submitted (a report on time closes the gaps before it).
 */
export function listReportedPeriodsOfPlans(db: Db, planIds: readonly number[]) {
  return reportedPeriodsWhere(db, inArray(progressReports.planId, [...planIds]));
}

/** The same for the given measures: what a change to their reports refreshes of a plan's (RequestScope.derived). */
export function listReportedPeriodsOfMeasures(db: Db, measureIds: readonly number[]) {
  return reportedPeriodsWhere(db, inArray(progressReports.measureId, [...measureIds]));
}

function reportedPeriodsWhere(db: Db, where: SQL) {
  return db
    .select({
      planId: progressReports.planId,
      measureId: progressReports.measureId,
      departmentId: progressReports.departmentId,
      period: progressReports.period,
      firstSubmittedAt: min(progressReports.submittedAt),
    })
    .from(progressReports)
    .where(and(where, isNull(progressReports.withdrawnAt)))
    .groupBy(progressReports.planId, progressReports.measureId, progressReports.departmentId, progressReports.period);
}

/** Replaces the cycle set for a plan or one of its measures (`before`, if any) by a new row. */
export async function replaceReportingCycle(
  tx: Db,
  before: ReportingCycleRow | null,
  values: typeof reportingCycles.$inferInsert,
): Promise<Change<ReportingCycleRow>> {
  if (before) await tx.delete(reportingCycles).where(eq(reportingCycles.id, before.id));
  return { before, after: writtenRow(await tx.insert(reportingCycles).values(values).returning(), 'insert cycle') };
}

/** How many measures of each active plan stand at each warning level, as the last sweep recorded them. */
export function countWarningsByLevel(db: Db) {
  return db
    .select({ planCode: plans.code, level: warningStates.level, measures: count() })
    .from(warningStates)
    .innerJoin(plans, eq(plans.id, warningStates.planId))
    .where(eq(plans.state, PlanState.ACTIVE))
    .groupBy(plans.code, warningStates.level);
}

/** How many progress reports were submitted from an instant on. */
export async function countReportsSince(db: Db, since: Date): Promise<number> {
  const [row] = await db
    .select({ reports: count() })
    .from(progressReports)
    .where(gte(progressReports.submittedAt, since));
  return row?.reports ?? 0;
}
