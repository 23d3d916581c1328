import { and, asc, desc, eq, gt, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { writtenRow } from '../../db/versioned-update';
import { assignments, endedAssignments } from '../assignment';
import type { PlanChange } from '../event';
import { goals } from '../goal';
import { indicators } from '../indicator';
import { type MeasureRow, measures } from '../measure';
import { progressReports } from '../progress';
import { urgeNotices } from '../urge';
import { users } from '../user';
import { type NewPlanRevisionRow, type PlanRevisionRow, planRevisions } from './plan-revision.table';

/** A revision row with its changes typed (the table stores PlanChange[]: tables import tables only). */
export type RevisionRow = Omit<PlanRevisionRow, 'changes'> & { changes: PlanChange[] };

/** The number the plan's next revision takes: 1 for the first. */
export async function nextRevisionNumber(tx: Db, planId: number): Promise<number> {
  const [row] = await tx
    .select({ last: max(planRevisions.number) })
    .from(planRevisions)
    .where(eq(planRevisions.planId, planId));
  return (row?.last ?? 0) + 1;
}

export async function insertRevision(
  tx: Db,
  values: Omit<NewPlanRevisionRow, 'changes'> & { changes: PlanChange[] },
): Promise<RevisionRow> {
  const rows = await tx
    .insert(planRevisions)
    .values({ ...values, changes: values.changes as unknown as Record<string, unknown>[] })
    .returning();
  return writtenRow(rows, 'insert plan revision') as RevisionRow;
}

/** Whether any progress report or urging notice is filed on one of the measures. */
export async function measuresHaveRecords(tx: Db, measureIds: readonly number[]): Promise<boolean> {
  if (measureIds.length === 0) return false;
  const [reports, notices] = await Promise.all([
    tx
      .select({ id: progressReports.id })
      .from(progressReports)
      .where(inArray(progressReports.measureId, [...measureIds]))
      .limit(1),
    tx
      .select({ id: urgeNotices.id })
      .from(urgeNotices)
      .where(inArray(urgeNotices.measureId, [...measureIds]))
      .limit(1),
  ]);
  return reports.length > 0 || notices.length > 0;
}

/** 撤销: sets the withdrawal on the measures not yet withdrawn among `ids`; returns them after. */
export async function withdrawMeasures(
  tx: Db,
  ids: readonly number[],
  withdrawnOn: string,
  withdrawnReason: string,
): Promise<MeasureRow[]> {
  return tx
    .update(measures)
    .set({ withdrawnOn, withdrawnReason })
    .where(and(inArray(measures.id, [...ids]), isNull(measures.withdrawnOn)))
    .returning();
}

/** Ends duties (their rows go) and starts new ones from `since`, in two statements at most. */
export async function changeAssignments(
  tx: Db,
  planId: number,
  measureId: number,
  ended: readonly number[],
  started: Omit<typeof assignments.$inferInsert, 'planId' | 'measureId'>[],
): Promise<void> {
  if (ended.length > 0) {
    await tx
      .delete(assignments)
      .where(and(eq(assignments.measureId, measureId), inArray(assignments.departmentId, [...ended])));
  }
  if (started.length > 0) await tx.insert(assignments).values(started.map((r) => ({ ...r, planId, measureId })));
}

export async function insertEndedAssignments(tx: Db, rows: (typeof endedAssignments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(endedAssignments).values(rows);
}

/** A plan's revisions, newest first, with who published them: one statement. */
export async function listRevisions(db: Db, planId: number) {
  const rows = await db
    .select({
      revision: planRevisions,
      displayName: users.displayName,
      departmentId: users.departmentId,
    })
    .from(planRevisions)
    .innerJoin(users, eq(users.id, planRevisions.publishedBy))
    .where(eq(planRevisions.planId, planId))
    .orderBy(desc(planRevisions.number));
  return rows.map((r) => ({ ...r, revision: r.revision as RevisionRow }));
}

/** The ids and codes of a plan's goals and measures (what makes a stored change readable). */
export async function listItemCodes(db: Db, planId: number) {
  const [goalRows, measureRows] = await Promise.all([
    db.select({ id: goals.id, code: goals.code }).from(goals).where(eq(goals.planId, planId)),
    db
      .select({ id: measures.id, code: measures.code, title: measures.title })
      .from(measures)
      .where(eq(measures.planId, planId)),
  ]);
  return { goals: goalRows, measures: measureRows };
}

/** The plan's content now, for rebuilding an earlier version. */
export async function readCurrent(db: Db, planId: number) {
  const [goalRows, measureRows, assignmentRows, indicatorRows] = await Promise.all([
    db.select().from(goals).where(eq(goals.planId, planId)).orderBy(asc(goals.position), asc(goals.id)),
    db.select().from(measures).where(eq(measures.planId, planId)).orderBy(asc(measures.position), asc(measures.id)),
    db
      .select()
      .from(assignments)
      .where(eq(assignments.planId, planId))
      .orderBy(asc(assignments.position), asc(assignments.departmentId)),
    db
      .select()
      .from(indicators)
      .where(eq(indicators.planId, planId))
      .orderBy(asc(indicators.position), asc(indicators.id)),
  ]);
  return { goals: goalRows, measures: measureRows, assignments: assignmentRows, indicators: indicatorRows };
}

/** The revisions after `number`, newest first (what a version view undoes). */
export async function listRevisionsAfter(db: Db, planId: number, number: number): Promise<RevisionRow[]> {
  const rows = await db
    .select()
    .from(planRevisions)
    .where(and(eq(planRevisions.planId, planId), gt(planRevisions.number, number)))
    .orderBy(desc(planRevisions.number));
  return rows as RevisionRow[];
}
