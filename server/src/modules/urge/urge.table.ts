import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { measures } from '../measure/measure.table';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import { UrgeLevel, UrgeNoticeState } from './urge.enum';

export const urgeLevel = pgEnum('urge_level', UrgeLevel);
export const urgeNoticeState = pgEnum('urge_notice_state', UrgeNoticeState);

/** 督办单: a leader presses a department on a measure; it signs, replies, and the office closes or returns it. */
export const urgeNotices = pgTable(
  'urge_notices',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    measureId: integer().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    level: urgeLevel().notNull(),
    text: text().notNull(),
    /** The department is to reply by this day. */
    dueOn: date({ mode: 'string' }).notNull(),
    state: urgeNoticeState().notNull().default(UrgeNoticeState.ISSUED),
    issuedBy: integer()
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    respondedAt: timestamp({ withTimezone: true }),
    response: text(),
    returnedAt: timestamp({ withTimezone: true }),
    returnReason: text(),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    foreignKey({
      name: 'urge_notices_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    index('urge_notices_plan_idx').on(t.planId, t.state),
    index('urge_notices_department_idx').on(t.departmentId, t.state),
    check('urge_notices_text_length', sql`length(btrim(${t.text})) between 1 and 2000`),
  ],
);

export type UrgeNoticeRow = typeof urgeNotices.$inferSelect;
