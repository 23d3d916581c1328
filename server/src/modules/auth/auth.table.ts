import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Failed logins per username (known or not, so that answers do not reveal which names exist). */
export const loginThrottles = pgTable('login_throttles', {
  username: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
