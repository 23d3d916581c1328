import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { progressReports } from '../progress';
import { urgeNotices } from '../urge';
import { type AssessmentWeightsRow, assessmentWeights, type NewAssessmentWeightsRow } from './assessment.table';

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

/** A plan's weights row, locked for the write that follows; undefined while the plan keeps the defaults. */
export async function lockWeights(tx: Db, planId: number): Promise<AssessmentWeightsRow | undefined> {
  const [row] = await tx.select().from(assessmentWeights).where(eq(assessmentWeights.planId, planId)).for('update');
  return row;
}

type WeightChanges = Omit<NewAssessmentWeightsRow, 'planId' | 'version'>;

/** The next version of a plan's weights (the row is locked: no other writer can move its version). */
export async function updateWeights(
  tx: Db,
  before: AssessmentWeightsRow,
  changes: WeightChanges,
): Promise<AssessmentWeightsRow | undefined> {
  const [row] = await tx
    .update(assessmentWeights)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(assessmentWeights.planId, before.planId), eq(assessmentWeights.version, before.version)))
    .returning();
  return row;
}

/** A plan's first weights; undefined when another first write came first (the caller answers STALE_VERSION). */
export async function insertFirstWeights(
  tx: Db,
  planId: number,
  changes: WeightChanges,
): Promise<AssessmentWeightsRow | undefined> {
  const [row] = await tx
    .insert(assessmentWeights)
    .values({ planId, ...changes, version: 1 })
    .onConflictDoNothing()
    .returning();
  return row;
}
