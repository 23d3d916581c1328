import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { plans } from '../plan/plan.table';

export const goals = pgTable(
  'goals',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer().notNull(),
    code: text().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    description: text(),
    /** 原文: the sentence of the document the goal was imported from. */
    source: text(),
    /** The importer's guesses still to be checked (待核对); cleared when the office edits or confirms the item. */
    importFlags: jsonb().$type<{ code: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [
    foreignKey({ columns: [t.planId], foreignColumns: [plans.id] }).onDelete('cascade'),
    unique('goals_plan_code_unique').on(t.planId, t.code),
    // Lets other tables require that the goal they point at belongs to the same plan.
    unique('goals_plan_id_unique').on(t.planId, t.id),
    index('goals_plan_position_idx').on(t.planId, t.position),
    check('goals_title_present', sql`length(btrim(${t.title})) > 0`),
  ],
);

export type GoalRow = typeof goals.$inferSelect;
export type NewGoalRow = typeof goals.$inferInsert;
