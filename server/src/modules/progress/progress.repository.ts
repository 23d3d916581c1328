import { and, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicatorObservations, progressReportReviews, progressReports } from './progress.table';

/** Each department's latest standing report on each measure, for the given plans (one row per pair). */
export function listLatestReportsOfPlans(db: Db, planIds: readonly number[]) {
  return db
    .selectDistinctOn([progressReports.measureId, progressReports.departmentId])
    .from(progressReports)
    .where(and(inArray(progressReports.planId, [...planIds]), isNull(progressReports.withdrawnAt)))
    .orderBy(
      progressReports.measureId,
      progressReports.departmentId,
      desc(progressReports.period),
      desc(progressReports.submittedAt),
      desc(progressReports.id),
    );
}

/** The newest `first` reports of each measure (before a report id when paging), in one statement. */
export async function listReportsOfMeasures(db: Db, measureIds: readonly number[], first: number, beforeId?: number) {
  const ranked = db
    .select({
      id: progressReports.id,
      rank: sql<number>`row_number() over (partition by ${progressReports.measureId} order by ${progressReports.id} desc)`.as(
        'rank',
      ),
    })
    .from(progressReports)
    .where(
      and(
        inArray(progressReports.measureId, [...measureIds]),
        beforeId === undefined ? undefined : lt(progressReports.id, beforeId),
      ),
    )
    .as('ranked');
  const rows = await db
    .select({ report: progressReports })
    .from(progressReports)
    .innerJoin(ranked, eq(ranked.id, progressReports.id))
    .where(lte(ranked.rank, first))
    .orderBy(desc(progressReports.id));
  return rows.map((row) => row.report);
}

/** The observations of the given indicators, newest date first. */
export function listObservationsOfIndicators(db: Db, indicatorIds: readonly number[]) {
  return db
    .select()
    .from(indicatorObservations)
    .where(inArray(indicatorObservations.indicatorId, [...indicatorIds]))
    .orderBy(
      desc(indicatorObservations.asOf),
      desc(indicatorObservations.submittedAt),
      desc(sql`${indicatorObservations.id}`),
    );
}

/** The review decisions on the given reports, oldest first. */
export function listReviewsOfReports(db: Db, reportIds: readonly number[]) {
  return db
    .select()
    .from(progressReportReviews)
    .where(inArray(progressReportReviews.reportId, [...reportIds]))
    .orderBy(progressReportReviews.id);
}

/** Reports by id. */
export function listReportsByIds(db: Db, ids: readonly number[]) {
  return db
    .select()
    .from(progressReports)
    .where(inArray(progressReports.id, [...ids]));
}
