import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';

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
  },
  (t) => [
    check('plans_period_ordered', sql`${t.startsOn} <= ${t.endsOn}`),
    check('plans_code_format', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('plans_title_present', sql`length(btrim(${t.title})) > 0`),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type NewPlanRow = typeof plans.$inferInsert;
