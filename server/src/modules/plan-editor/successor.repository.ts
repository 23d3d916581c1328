import type { Db } from '../../db/client';
import { assignments } from '../assignment';
import { goals } from '../goal';
import { indicators } from '../indicator';
import { measures } from '../measure';

/** Inserts a successor's goals in one statement. */
export function insertGoals(tx: Db, rows: (typeof goals.$inferInsert)[]) {
  return rows.length === 0 ? Promise.resolve([]) : tx.insert(goals).values(rows).returning();
}

/** Inserts one level of a successor's tree in one statement (a level's parents are inserted before it). */
export function insertMeasures(tx: Db, rows: (typeof measures.$inferInsert)[]) {
  return rows.length === 0 ? Promise.resolve([]) : tx.insert(measures).values(rows).returning();
}

/** Inserts a successor's assignments in one statement. */
export async function insertAssignments(tx: Db, rows: (typeof assignments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(assignments).values(rows);
}

/** Inserts a successor's indicators in one statement. */
export function insertIndicators(tx: Db, rows: (typeof indicators.$inferInsert)[]) {
  return rows.length === 0 ? Promise.resolve([]) : tx.insert(indicators).values(rows).returning();
}
