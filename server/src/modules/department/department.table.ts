import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { DepartmentKind } from './department.enum';

export const departmentKind = pgEnum('department_kind', DepartmentKind);

export const departments = pgTable(
  'departments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    kind: departmentKind().notNull(),
    /** For a leading group: the department that hosts its office (领导小组办公室). */
    officeDepartmentId: integer().references((): AnyPgColumn => departments.id),
    position: integer().notNull().default(0),
  },
  (t) => [
    check('departments_code_format', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('departments_name_present', sql`length(btrim(${t.name})) > 0`),
    check(
      'departments_office_only_for_leading_group',
      sql`${t.officeDepartmentId} is null or ${t.kind} = 'LEADING_GROUP'`,
    ),
  ],
);

/** Member units of a department group, e.g. the towns and subdistricts of 各镇、街道. */
export const departmentMembers = pgTable(
  'department_members',
  {
    groupId: integer()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.memberId] }),
    check('department_members_not_self', sql`${t.groupId} <> ${t.memberId}`),
  ],
);

export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartmentRow = typeof departments.$inferInsert;
export type DepartmentMemberRow = typeof departmentMembers.$inferSelect;
