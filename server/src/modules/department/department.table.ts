import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { DepartmentKind } from './department.enum';

export const departmentKind = pgEnum('department_kind', DepartmentKind);

/** A name the unit went by before a rename, and the last day it bore it (the day before the rename took effect). */
export interface FormerName {
  name: string;
  /** The day of the rename (Beijing date): the name was in use before it. */
  renamedOn: string;
}

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
    /** Other names the unit goes by (区市场监管局 for 区市场监督管理局), unique across the register's names and aliases. */
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    /** The names it bore before, oldest first: a rename keeps the unit (its id) and records the old name here. */
    formerNames: jsonb().$type<FormerName[]>().notNull().default([]),
    /** The day it was retired (撤销) or merged into another unit; null while it is active. */
    retiredOn: date({ mode: 'string' }),
    /** The unit it was merged into (机构改革): its duties and accounts moved there. */
    mergedIntoId: integer().references((): AnyPgColumn => departments.id),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('departments_name_unique').on(t.name),
    check('departments_code_format', sql`${t.code} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('departments_name_present', sql`length(btrim(${t.name})) > 0`),
    check(
      'departments_office_only_for_leading_group',
      sql`${t.officeDepartmentId} is null or ${t.kind} = 'LEADING_GROUP'`,
    ),
    check('departments_merged_only_when_retired', sql`${t.mergedIntoId} is null or ${t.retiredOn} is not null`),
    check('departments_not_merged_into_self', sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`),
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
