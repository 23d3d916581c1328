import { and, desc, eq, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type Change, versionedUpdate, writtenRow } from '../../db/versioned-update';
import { type DomainError } from '../../shared/errors';
import {
  type IndicatorObservationRow,
  indicatorObservations,
  type ProgressReportReviewRow,
  type ProgressReportRow,
  progressReportReviews,
  progressReports,
} from './progress.table';

type NewProgressReportRow = typeof progressReports.$inferInsert;
type NewProgressReportReviewRow = typeof progressReportReviews.$inferInsert;
type NewIndicatorObservationRow = typeof indicatorObservations.$inferInsert;

/** Each department's latest standing report on each measure, for the given plans (one row per pair). */
export function listLatestReportsOfPlans(db: Db, planIds: readonly number[]) {
  return latestReportsWhere(db, inArray(progressReports.planId, [...planIds]));
}

/** The same for the given measures: what a change to their reports refreshes of a plan's (RequestScope.derived). */
export function listLatestReportsOfMeasures(db: Db, measureIds: readonly number[]) {
  return latestReportsWhere(db, inArray(progressReports.measureId, [...measureIds]));
}

function latestReportsWhere(db: Db, where: SQL) {
  return db
    .selectDistinctOn([progressReports.measureId, progressReports.departmentId])
    .from(progressReports)
    .where(and(where, isNull(progressReports.withdrawnAt)))
    .orderBy(
      progressReports.measureId,
      progressReports.departmentId,
      desc(progressReports.period),
      desc(progressReports.submittedAt),
      desc(progressReports.id),
    );
}

/**
 * A plan's standing reports for the ledger (台账): for each measure, department and period the newest report not
 * withdrawn, in measure, period and department order.
 */
export function listStandingReportsOfPlan(db: Db, planId: number) {
  // Only what a ledger row shows: a 100× plan has some 100 000 of these, and every column costs its decoding.
  return db
    .selectDistinctOn([progressReports.measureId, progressReports.period, progressReports.departmentId], {
      measureId: progressReports.measureId,
      departmentId: progressReports.departmentId,
      period: progressReports.period,
      status: progressReports.status,
      percentComplete: progressReports.percentComplete,
      summary: progressReports.summary,
      problems: progressReports.problems,
      evidence: progressReports.evidence,
      reportedOn: progressReports.reportedOn,
      submittedAt: progressReports.submittedAt,
      reviewState: progressReports.reviewState,
    })
    .from(progressReports)
    .where(and(eq(progressReports.planId, planId), isNull(progressReports.withdrawnAt)))
    .orderBy(
      progressReports.measureId,
      progressReports.period,
      progressReports.departmentId,
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

/** The report a department filed under an idempotency key, if any. */
export async function findReportByKey(db: Db, userId: number, key: string): Promise<ProgressReportRow | null> {
  const [row] = await db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.submittedBy, userId), eq(progressReports.idempotencyKey, key)));
  return row ?? null;
}

/**
 * Inserts a report, or nothing when its submitter already used its idempotency key (the unique key decides a race
 * between identical requests: on PostgreSQL the loser waits for the winner to commit). Null then.
 */
export async function insertReport(tx: Db, values: NewProgressReportRow): Promise<Change<ProgressReportRow> | null> {
  const [after] = await tx
    .insert(progressReports)
    .values(values)
    .onConflictDoNothing({ target: [progressReports.submittedBy, progressReports.idempotencyKey] })
    .returning();
  return after ? { before: null, after } : null;
}

/** A report's plan and measure (withdrawn ones too), read without a lock. */
export async function findReportPlace(db: Db, reportId: number) {
  const [row] = await db
    .select({ planId: progressReports.planId, measureId: progressReports.measureId })
    .from(progressReports)
    .where(eq(progressReports.id, reportId));
  return row ?? null;
}

/** A report locked `for update` until the transaction ends. */
export async function lockReport(tx: Db, reportId: number): Promise<ProgressReportRow | null> {
  const [row] = await tx.select().from(progressReports).where(eq(progressReports.id, reportId)).for('update');
  return row ?? null;
}

/** Changes a report at the version it was read at, moving the version on (versionedUpdate). */
export function updateReport(
  tx: Db,
  before: ProgressReportRow,
  changes: Partial<NewProgressReportRow>,
  stale: () => DomainError,
) {
  return versionedUpdate(tx, progressReports, before, changes, stale);
}

/** Records a review decision. */
export async function insertReview(tx: Db, values: NewProgressReportReviewRow): Promise<ProgressReportReviewRow> {
  return writtenRow(await tx.insert(progressReportReviews).values(values).returning(), 'insert review');
}

/** The observation a department recorded under an idempotency key, if any. */
export async function findObservationByKey(
  db: Db,
  userId: number,
  key: string,
): Promise<IndicatorObservationRow | null> {
  const [row] = await db
    .select()
    .from(indicatorObservations)
    .where(and(eq(indicatorObservations.submittedBy, userId), eq(indicatorObservations.idempotencyKey, key)));
  return row ?? null;
}

/** Inserts an observation, or nothing (null) when its idempotency key is taken, as for reports. */
export async function insertObservation(
  tx: Db,
  values: NewIndicatorObservationRow,
): Promise<Change<IndicatorObservationRow> | null> {
  const [after] = await tx
    .insert(indicatorObservations)
    .values(values)
    .onConflictDoNothing({ target: [indicatorObservations.submittedBy, indicatorObservations.idempotencyKey] })
    .returning();
  return after ? { before: null, after } : null;
}

/** A department's standing (not withdrawn) reports in a plan, newest first (the first per measure and period rules). */
export function listStandingReportsOfDepartment(db: Db, planId: number, departmentId: number) {
  return db
    .select()
    .from(progressReports)
    .where(
      and(
        eq(progressReports.planId, planId),
        eq(progressReports.departmentId, departmentId),
        isNull(progressReports.withdrawnAt),
      ),
    )
    .orderBy(desc(progressReports.submittedAt), desc(progressReports.id));
}

/** The standing report of a department on a measure for a period (the newest), if any. */
export async function findStandingReport(
  db: Db,
  key: { measureId: number; departmentId: number; period: string },
): Promise<ProgressReportRow | null> {
  const [row] = await db
    .select()
    .from(progressReports)
    .where(
      and(
        eq(progressReports.measureId, key.measureId),
        eq(progressReports.departmentId, key.departmentId),
        eq(progressReports.period, key.period),
        isNull(progressReports.withdrawnAt),
      ),
    )
    .orderBy(desc(progressReports.submittedAt), desc(progressReports.id))
    .limit(1);
  return row ?? null;
}

/** The newest value of an indicator recorded for a date, if any. */
export async function findObservationOn(
  db: Db,
  indicatorId: number,
  asOf: string,
): Promise<IndicatorObservationRow | null> {
  const [row] = await db
    .select()
    .from(indicatorObservations)
    .where(and(eq(indicatorObservations.indicatorId, indicatorId), eq(indicatorObservations.asOf, asOf)))
    .orderBy(desc(indicatorObservations.submittedAt), desc(indicatorObservations.id))
    .limit(1);
  return row ?? null;
}
