import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import type { EventType } from './event.enum';

/**
 * Postgres' 64-bit transaction id. Readers use it to order events by commit visibility: a sequence id alone is
 * taken at insert but becomes visible at commit, so a reader paging by id could skip a late-committing event.
 */
const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});

/** The append-only event log: every write appends its facts here in the same transaction. */
export const events = pgTable(
  'events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: xid8().notNull().default(sql`pg_current_xact_id()`),
    planId: integer().references(() => plans.id, { onDelete: 'cascade' }),
    type: text().$type<EventType>().notNull(),
    measureId: integer(),
    goalId: integer(),
    departmentId: integer().references(() => departments.id),
    indicatorId: integer(),
    actorUserId: integer().references(() => users.id),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('events_plan_cursor_idx').on(t.planId, t.transactionId, t.id),
    index('events_cursor_idx').on(t.transactionId, t.id),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
