import { and, inArray, isNull } from 'drizzle-orm';
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

/** Which periods each department has reported on each measure (standing reports only), for the given plans. */
export function listReportedPeriodsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .selectDistinct({
      planId: progressReports.planId,
      measureId: progressReports.measureId,
      departmentId: progressReports.departmentId,
      period: progressReports.period,
    })
    .from(progressReports)
    .where(and(inArray(progressReports.planId, [...planIds]), isNull(progressReports.withdrawnAt)));
}
