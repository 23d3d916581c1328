import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { goals } from '../goal/goal.table';
import { plans } from '../plan/plan.table';
import { MeasureKind } from './measure.enum';

export const measureKind = pgEnum('measure_kind', MeasureKind);

export const measures = pgTable(
  'measures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer().notNull(),
    parentId: integer(),
    goalId: integer(),
    code: text().notNull(),
    kind: measureKind().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    description: text(),
    /** 撤销: a measure withdrawn by a revision keeps its reports; it carries no duty from this date on. */
    withdrawnOn: date({ mode: 'string' }),
    withdrawnReason: text(),
    /** 原文: the paragraph or table row of the document the item was imported from. */
    source: text(),
    /** The importer's guesses still to be checked (待核对); cleared when the office edits or confirms the item. */
    importFlags: jsonb().$type<{ code: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [
    foreignKey({ columns: [t.planId], foreignColumns: [plans.id] }).onDelete('cascade'),
    unique('measures_plan_code_unique').on(t.planId, t.code),
    unique('measures_plan_id_unique').on(t.planId, t.id),
    // A parent and a goal must belong to the same plan as the measure.
    foreignKey({
      name: 'measures_parent_same_plan_fk',
      columns: [t.planId, t.parentId],
      foreignColumns: [t.planId, t.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'measures_goal_same_plan_fk',
      columns: [t.planId, t.goalId],
      foreignColumns: [goals.planId, goals.id],
    }),
    index('measures_plan_position_idx').on(t.planId, t.position),
    index('measures_parent_idx').on(t.parentId),
    check('measures_top_level_kinds', sql`${t.kind} = 'MEASURE' or ${t.parentId} is null`),
    check('measures_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check('measures_title_present', sql`length(btrim(${t.title})) > 0`),
    check('measures_withdrawn_with_reason', sql`(${t.withdrawnOn} is null) = (${t.withdrawnReason} is null)`),
  ],
);

export type MeasureRow = typeof measures.$inferSelect;
export type NewMeasureRow = typeof measures.$inferInsert;
