import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { progressReports } from '../progress';
import { urgeNotices } from '../urge';
import { assessmentWeights } from './assessment.table';

/** The weights the offices of the given plans have set. */
export function listWeightsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select()
    .from(assessmentWeights)
    .where(inArray(assessmentWeights.planId, [...planIds]));
}

/** What the assessment needs of every standing report of the given plans (no texts). */
export function listReportFactsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select({
      planId: progressReports.planId,
      measureId: progressReports.measureId,
      departmentId: progressReports.departmentId,
      period: progressReports.period,
      status: progressReports.status,
      percentComplete: progressReports.percentComplete,
      submittedAt: progressReports.submittedAt,
      reportedOn: progressReports.reportedOn,
      id: progressReports.id,
    })
    .from(progressReports)
    .where(and(inArray(progressReports.planId, [...planIds]), isNull(progressReports.withdrawnAt)));
}

/** What the assessment needs of every urging notice of the given plans. */
export function listNoticeFactsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .select({
      planId: urgeNotices.planId,
      measureId: urgeNotices.measureId,
      departmentId: urgeNotices.departmentId,
      dueOn: urgeNotices.dueOn,
      agreedDueOn: urgeNotices.agreedDueOn,
      state: urgeNotices.state,
      respondedAt: urgeNotices.respondedAt,
    })
    .from(urgeNotices)
    .where(inArray(urgeNotices.planId, [...planIds]));
}

export type ReportFacts = Awaited<ReturnType<typeof listReportFactsOfPlans>>[number];
export type NoticeFacts = Awaited<ReturnType<typeof listNoticeFactsOfPlans>>[number];
