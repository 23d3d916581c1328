import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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

/**
 * A login. Kept beside `users` because ending a user's logins is part of disabling the user or resetting the
 * password (user.service); `modules/auth` creates and resolves them, above this module. The token itself
 * is never stored: only its SHA-256, so a leaked table grants nothing. */
export const sessions = pgTable(
  'sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;
