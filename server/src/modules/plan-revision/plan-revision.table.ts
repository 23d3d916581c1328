import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';

/**
 * 方案调整: one revision of a plan in force, published whole. Its changes are the typed PlanChange list the
 * PLAN_REVISED event also carries (before and after of every row), which is what the history shows and what
 * rebuilds the plan as it stood before the revision.
 */
export const planRevisions = pgTable(
  'plan_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** 第 N 次调整: 1, 2, … per plan, in publishing order. */
    number: integer().notNull(),
    reason: text().notNull(),
    /** 调整文件号, e.g. 博知强区办〔2024〕3号. */
    docNumber: text(),
    /** The date the revision takes effect: reporting duties move from this date. */
    effectiveOn: date({ mode: 'string' }).notNull(),
    publishedBy: integer()
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** PlanChange[] of the event catalogue (tables import tables only: the repository gives it its type). */
    changes: jsonb().$type<Record<string, unknown>[]>().notNull(),
  },
  (t) => [
    unique('plan_revisions_plan_number_unique').on(t.planId, t.number),
    check('plan_revisions_number_positive', sql`${t.number} > 0`),
    check('plan_revisions_reason_present', sql`length(btrim(${t.reason})) > 0`),
  ],
);

export type PlanRevisionRow = typeof planRevisions.$inferSelect;
export type NewPlanRevisionRow = typeof planRevisions.$inferInsert;
