import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { measures } from '../measure/measure.table';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import { ExtensionRequestState, UrgeLevel, UrgeNoticeState } from './urge.enum';

export const urgeLevel = pgEnum('urge_level', UrgeLevel);
export const urgeNoticeState = pgEnum('urge_notice_state', UrgeNoticeState);
export const extensionRequestState = pgEnum('extension_request_state', ExtensionRequestState);

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
    /** The department is to reply by this day (escalation moves it on). */
    dueOn: date({ mode: 'string' }).notNull(),
    /** The reply date agreed: as issued, or as an approved extension set it. Escalation leaves it. */
    agreedDueOn: date({ mode: 'string' }),
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
    /** The level it was issued at; `level` rises as it escalates. */
    issuedLevel: urgeLevel(),
    /** How many times it escalated because its reply date passed unanswered. */
    escalations: integer().notNull().default(0),
    escalatedAt: timestamp({ withTimezone: true }),
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

/** 延期申请: a department asks for a later reply date on a notice, with a reason; the office approves or refuses. */
export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    urgeNoticeId: integer()
      .notNull()
      .references(() => urgeNotices.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    /** The reply date asked for. */
    requestedDueOn: date({ mode: 'string' }).notNull(),
    /** The reply date when it was asked. */
    previousDueOn: date({ mode: 'string' }).notNull(),
    state: extensionRequestState().notNull().default(ExtensionRequestState.PENDING),
    requestedBy: integer()
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: integer().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    index('extension_requests_notice_idx').on(t.urgeNoticeId, t.id),
    index('extension_requests_plan_idx').on(t.planId, t.state),
    check('extension_requests_reason_length', sql`length(btrim(${t.reason})) between 1 and 2000`),
    check('extension_requests_later', sql`${t.requestedDueOn} > ${t.previousDueOn}`),
  ],
);

export type ExtensionRequestRow = typeof extensionRequests.$inferSelect;
