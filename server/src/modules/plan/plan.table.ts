import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { PlanState } from './plan.enum';

export const planState = pgEnum('plan_state', PlanState);

export const plans = pgTable(
  'plans',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    title: text().notNull(),
    issuer: text().notNull(),
    docNumber: text(),
    issuedOn: date({ mode: 'string' }),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    summary: text(),
    leadingGroupId: integer().references(() => departments.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** 草稿 → 实施中 (published) → 已归档. Plans that existed before states were stored are in force. */
    state: planState().notNull().default(PlanState.ACTIVE),
    publishedAt: timestamp({ withTimezone: true }),
    archivedAt: timestamp({ withTimezone: true }),
    /** The plan this one succeeds (接续方案): its unfinished measures and final values were carried over. */
    predecessorId: integer().references((): AnyPgColumn => plans.id),
    /** The file a draft was imported from (导入自), as the office uploaded it. */
    importedFrom: text(),
    /** The importer's guesses about the document as a whole (no period found…), still to be checked. */
    importFlags: jsonb().$type<{ code: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [
    check('plans_period_ordered', sql`${t.startsOn} <= ${t.endsOn}`),
    check('plans_code_format', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('plans_title_present', sql`length(btrim(${t.title})) > 0`),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type NewPlanRow = typeof plans.$inferInsert;
