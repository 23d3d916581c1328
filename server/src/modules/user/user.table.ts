import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { UserRole } from './user.enum';

export const userRole = pgEnum('user_role', UserRole);

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull().unique(),
    displayName: text().notNull(),
    /** A memory-hard hash (scrypt), never the password. */
    passwordHash: text().notNull(),
    role: userRole().notNull(),
    departmentId: integer().references(() => departments.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp({ withTimezone: true }),
    /** A demo account (password `demo`): production refuses to start while one exists. */
    demo: boolean().notNull().default(false),
  },
  (t) => [
    check('users_username_format', sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{1,62}$'`),
    check('users_reporter_has_department', sql`${t.role} <> 'REPORTER' or ${t.departmentId} is not null`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
