import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { AssignmentRole, assignments } from '../assignment';
import { indicators } from '../indicator';
import { measures } from '../measure';
import { PlanState, plans } from '../plan';
import { UrgeNoticeState, urgeNotices } from '../urge';
import { users } from '../user';

/** A measure a unit leads in a plan in force, for a refusal that names it. */
export interface LedMeasure {
  planCode: string;
  planTitle: string;
  measureCode: string;
  measureTitle: string;
}

/**
 * The measures a unit leads (its own lead assignments, as the document names them) in plans in force (stored
 * ACTIVE: running or ended and in evaluation), in plan and measure order.
 */
export function listLedMeasuresInForce(db: Db, departmentId: number): Promise<LedMeasure[]> {
  return db
    .select({
      planCode: plans.code,
      planTitle: plans.title,
      measureCode: measures.code,
      measureTitle: measures.title,
    })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .where(
      and(
        eq(assignments.departmentId, departmentId),
        eq(assignments.role, AssignmentRole.LEAD),
        eq(plans.state, PlanState.ACTIVE),
      ),
    )
    .orderBy(asc(plans.code), asc(measures.position), asc(measures.code));
}

/**
 * Moves a merged unit's assignments to its successor. Where the successor already has a part in the same measure it
 * keeps it, taking the lead if either led. Returns the measures whose assignment moved or merged.
 */
export async function moveAssignments(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const moved = await tx
    .select({ measureId: assignments.measureId, role: assignments.role })
    .from(assignments)
    .where(eq(assignments.departmentId, fromId));
  if (moved.length === 0) return [];
  const led = moved.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.measureId);
  if (led.length > 0) {
    await tx
      .update(assignments)
      .set({ role: AssignmentRole.LEAD })
      .where(and(eq(assignments.departmentId, toId), inArray(assignments.measureId, led)));
  }
  await tx
    .delete(assignments)
    .where(
      and(
        eq(assignments.departmentId, fromId),
        inArray(
          assignments.measureId,
          tx.select({ id: assignments.measureId }).from(assignments).where(eq(assignments.departmentId, toId)),
        ),
      ),
    );
  await tx.update(assignments).set({ departmentId: toId }).where(eq(assignments.departmentId, fromId));
  return moved.map((a) => a.measureId);
}

/** Moves a merged unit's accounts to its successor: they sign in as the successor's from the next request. */
export async function moveAccounts(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const rows = await tx
    .update(users)
    .set({ departmentId: toId })
    .where(eq(users.departmentId, fromId))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

/** Moves a merged unit's open urging notices (every one not closed) to its successor, each one version on. */
export async function moveOpenNotices(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const rows = await tx
    .update(urgeNotices)
    .set({ departmentId: toId, version: sql`${urgeNotices.version} + 1` })
    .where(and(eq(urgeNotices.departmentId, fromId), ne(urgeNotices.state, UrgeNoticeState.CLOSED)))
    .returning({ id: urgeNotices.id });
  return rows.map((row) => row.id);
}

/** Moves the indicators a merged unit answers for to its successor. */
export async function moveIndicators(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const rows = await tx
    .update(indicators)
    .set({ departmentId: toId })
    .where(eq(indicators.departmentId, fromId))
    .returning({ id: indicators.id });
  return rows.map((row) => row.id);
}

/** Plans whose leading group was merged: the successor leads them. */
export async function moveLeadingGroup(tx: Db, fromId: number, toId: number): Promise<number[]> {
  const rows = await tx
    .update(plans)
    .set({ leadingGroupId: toId })
    .where(eq(plans.leadingGroupId, fromId))
    .returning({ id: plans.id });
  return rows.map((row) => row.id);
}
