import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { goals } from '../goal/goal.table';
import { measures } from '../measure/measure.table';
import { plans } from '../plan/plan.table';
import { IndicatorDirection, TargetKind } from './indicator.enum';

/** A target as it stood until a revision replaced it. */
export interface TargetRevision {
  target: number | null;
  targetText: string;
  targetDate: string;
  /** The last day it was in force: the day before the revision took effect. */
  until: string;
  /** plan_revisions.number of the revision that replaced it. */
  revisionNumber: number;
}

export const indicatorDirection = pgEnum('indicator_direction', IndicatorDirection);
export const targetKind = pgEnum('target_kind', TargetKind);

export const indicators = pgTable(
  'indicators',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer().notNull(),
    goalId: integer().notNull(),
    measureId: integer(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    code: text().notNull(),
    position: integer().notNull(),
    name: text().notNull(),
    unit: text(),
    baseline: numeric({ mode: 'number' }),
    baselineYear: integer(),
    target: numeric({ mode: 'number' }),
    targetDate: date({ mode: 'string' }).notNull(),
    direction: indicatorDirection().notNull(),
    targetKind: targetKind().notNull(),
    targetText: text().notNull(),
    /** 调整前: the targets a revision replaced, oldest first; `target`/`targetText` are the one in force. */
    targetHistory: jsonb().$type<TargetRevision[]>().notNull().default([]),
    /** 原文: the sentence of the document the indicator was imported from. */
    source: text(),
    /** The importer's guesses still to be checked (待核对); cleared when the office edits or confirms the item. */
    importFlags: jsonb().$type<{ code: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [
    foreignKey({ columns: [t.planId], foreignColumns: [plans.id] }).onDelete('cascade'),
    unique('indicators_plan_code_unique').on(t.planId, t.code),
    unique('indicators_plan_id_unique').on(t.planId, t.id),
    foreignKey({
      name: 'indicators_goal_same_plan_fk',
      columns: [t.planId, t.goalId],
      foreignColumns: [goals.planId, goals.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'indicators_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    index('indicators_plan_position_idx').on(t.planId, t.position),
    index('indicators_department_idx').on(t.departmentId),
    check('indicators_numeric_has_target', sql`${t.targetKind} <> 'NUMERIC' or ${t.target} is not null`),
    check('indicators_baseline_year_with_baseline', sql`${t.baselineYear} is null or ${t.baseline} is not null`),
    check('indicators_baseline_year_range', sql`${t.baselineYear} is null or ${t.baselineYear} between 1949 and 2200`),
    check('indicators_name_present', sql`length(btrim(${t.name})) > 0`),
  ],
);

export type IndicatorRow = typeof indicators.$inferSelect;
export type NewIndicatorRow = typeof indicators.$inferInsert;
