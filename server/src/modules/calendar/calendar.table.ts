import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../user/user.table';

/**
 * The plan office's entries in the working-day calendar, over the built-in State Council notices
 * (calendar.data.ts): a day made a holiday or a workday, e.g. a newly announced 调休 or a local closure.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date({ mode: 'string' }).primaryKey(),
    working: boolean().notNull(),
    name: text().notNull(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_days_name_length', sql`length(btrim(${t.name})) between 1 and 50`)],
);

export type CalendarDayRow = typeof calendarDays.$inferSelect;
