import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { writtenRow } from '../../db/versioned-update';
import { assignments } from '../assignment';
import { goals } from '../goal';
import { indicators } from '../indicator';
import { measures } from '../measure';
import { PlanState, plans } from '../plan';

type GoalRow = typeof goals.$inferSelect;
type MeasureRow = typeof measures.$inferSelect;
type AssignmentRow = typeof assignments.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;
type PlanRow = typeof plans.$inferSelect;

/** A plan's content as one transaction sees it: what the editor's rules check an edit against. */
export interface DraftContent {
  plan: PlanRow;
  goals: GoalRow[];
  measures: MeasureRow[];
  assignments: AssignmentRow[];
  indicators: IndicatorRow[];
}

/** Locks the plan row (edits of one plan take turns) and reads it; null for an unknown code. */
export async function lockPlan(tx: Db, code: string): Promise<PlanRow | null> {
  const [row] = await tx.select().from(plans).where(eq(plans.code, code)).for('update');
  return row ?? null;
}

/** The plan's goals, measures, assignments and indicators, in their stored order. */
export async function readContent(tx: Db, plan: PlanRow): Promise<DraftContent> {
  const [goalRows, measureRows, assignmentRows, indicatorRows] = await Promise.all([
    tx.select().from(goals).where(eq(goals.planId, plan.id)).orderBy(asc(goals.position), asc(goals.id)),
    tx.select().from(measures).where(eq(measures.planId, plan.id)).orderBy(asc(measures.position), asc(measures.id)),
    tx
      .select()
      .from(assignments)
      .where(eq(assignments.planId, plan.id))
      .orderBy(asc(assignments.position), asc(assignments.departmentId)),
    tx
      .select()
      .from(indicators)
      .where(eq(indicators.planId, plan.id))
      .orderBy(asc(indicators.position), asc(indicators.id)),
  ]);
  return { plan, goals: goalRows, measures: measureRows, assignments: assignmentRows, indicators: indicatorRows };
}

/** Inserts a plan as a draft. */
export async function insertDraftPlan(tx: Db, values: typeof plans.$inferInsert) {
  const rows = await tx
    .insert(plans)
    .values({ ...values, state: PlanState.DRAFT })
    .returning();
  return { before: null, after: writtenRow(rows, 'insert plan') };
}

/** Changes a plan's own fields (the row is locked by the caller). */
export async function updatePlanRow(tx: Db, before: PlanRow, values: Partial<typeof plans.$inferInsert>) {
  const rows = await tx.update(plans).set(values).where(eq(plans.id, before.id)).returning();
  return { before, after: writtenRow(rows, 'update plan') };
}

/** Puts a draft in force. */
export async function markPublished(tx: Db, before: PlanRow, publishedAt: Date) {
  const rows = await tx
    .update(plans)
    .set({ state: PlanState.ACTIVE, publishedAt })
    .where(and(eq(plans.id, before.id), eq(plans.state, PlanState.DRAFT)))
    .returning();
  return { before, after: writtenRow(rows, 'publish plan') };
}

export async function insertGoal(tx: Db, values: typeof goals.$inferInsert) {
  const rows = await tx.insert(goals).values(values).returning();
  return { before: null, after: writtenRow(rows, 'insert goal') };
}

export async function updateGoal(tx: Db, before: GoalRow, values: Partial<typeof goals.$inferInsert>) {
  const rows = await tx.update(goals).set(values).where(eq(goals.id, before.id)).returning();
  return { before, after: writtenRow(rows, 'update goal') };
}

export async function deleteGoal(tx: Db, before: GoalRow) {
  await tx.delete(goals).where(eq(goals.id, before.id));
  return { before, after: null };
}

export async function insertMeasure(tx: Db, values: typeof measures.$inferInsert) {
  const rows = await tx.insert(measures).values(values).returning();
  return { before: null, after: writtenRow(rows, 'insert measure') };
}

export async function updateMeasure(tx: Db, before: MeasureRow, values: Partial<typeof measures.$inferInsert>) {
  const rows = await tx.update(measures).set(values).where(eq(measures.id, before.id)).returning();
  return { before, after: writtenRow(rows, 'update measure') };
}

/** Deletes a measure; its children, assignments and cycles go with it (foreign keys cascade). */
export async function deleteMeasure(tx: Db, before: MeasureRow) {
  await tx.delete(measures).where(eq(measures.id, before.id));
  return { before, after: null };
}

/** Replaces a measure's assignments with `rows` (in their order). */
export async function replaceAssignments(
  tx: Db,
  planId: number,
  measureId: number,
  rows: Omit<typeof assignments.$inferInsert, 'planId' | 'measureId'>[],
) {
  await tx.delete(assignments).where(and(eq(assignments.planId, planId), eq(assignments.measureId, measureId)));
  if (rows.length > 0) await tx.insert(assignments).values(rows.map((r) => ({ ...r, planId, measureId })));
}

export async function insertIndicator(tx: Db, values: typeof indicators.$inferInsert) {
  const rows = await tx.insert(indicators).values(values).returning();
  return { before: null, after: writtenRow(rows, 'insert indicator') };
}

export async function updateIndicator(tx: Db, before: IndicatorRow, values: Partial<typeof indicators.$inferInsert>) {
  const rows = await tx.update(indicators).set(values).where(eq(indicators.id, before.id)).returning();
  return { before, after: writtenRow(rows, 'update indicator') };
}

export async function deleteIndicator(tx: Db, before: IndicatorRow) {
  await tx.delete(indicators).where(eq(indicators.id, before.id));
  return { before, after: null };
}

type Ordered = typeof goals | typeof measures | typeof indicators;

/**
 * Sets `position` of the given rows to their index in `ids`, in one statement: the plan-wide order after an
 * insert, a move or a removal. Rows whose position is already right are left out.
 */
export async function renumber(tx: Db, table: Ordered, ids: readonly number[], current: Map<number, number>) {
  const moved = ids.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
  if (moved.length === 0) return;
  const values = sql.join(
    moved.map((m) => sql`(${m.id}::int, ${m.position}::int)`),
    sql`, `,
  );
  await tx.execute(
    sql`update ${table} set position = v.position from (values ${values}) as v(id, position) where ${table.id} = v.id`,
  );
}
