import { and, inArray, isNull, min } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { progressReports } from '../progress';
import { reportingCycles } from './supervision.table';

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
  return db
    .select({
      planId: progressReports.planId,
      measureId: progressReports.measureId,
      departmentId: progressReports.departmentId,
      period: progressReports.period,
      firstSubmittedAt: min(progressReports.submittedAt),
    })
    .from(progressReports)
    .where(and(inArray(progressReports.planId, [...planIds]), isNull(progressReports.withdrawnAt)))
    .groupBy(progressReports.planId, progressReports.measureId, progressReports.departmentId, progressReports.period);
}
