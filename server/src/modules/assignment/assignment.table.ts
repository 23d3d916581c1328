import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { measures } from '../measure/measure.table';
import { AssignmentRole } from './assignment.enum';

export const assignmentRole = pgEnum('assignment_role', AssignmentRole);

/** A department's part in a measure, as the document names it. A project's measures inherit its assignments. */
export const assignments = pgTable(
  'assignments',
  {
    planId: integer().notNull(),
    measureId: integer().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    role: assignmentRole().notNull(),
    position: integer().notNull(),
    /** The date this duty began: null from the plan's start, else the effective date of the revision that gave it. */
    since: date({ mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.departmentId] }),
    foreignKey({
      name: 'assignments_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    index('assignments_department_plan_idx').on(t.departmentId, t.planId),
    index('assignments_plan_idx').on(t.planId),
  ],
);

export type AssignmentRow = typeof assignments.$inferSelect;
export type NewAssignmentRow = typeof assignments.$inferInsert;

/**
 * A duty a revision ended (a lead unit changed after 机构改革, a unit taken off a measure): who held it, in what role,
 * from when (null: the plan's start) until the day before the revision took effect. Periods due in that span stay
 * that unit's, and its reports stay its own.
 */
export const endedAssignments = pgTable(
  'ended_assignments',
  {
    planId: integer().notNull(),
    measureId: integer().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    role: assignmentRole().notNull(),
    since: date({ mode: 'string' }),
    until: date({ mode: 'string' }).notNull(),
    /** plan_revisions.id of the revision that ended it. */
    revisionId: integer().notNull(),
  },
  (t) => [
    foreignKey({
      name: 'ended_assignments_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    index('ended_assignments_plan_idx').on(t.planId),
    index('ended_assignments_department_idx').on(t.departmentId),
    check('ended_assignments_span_ordered', sql`${t.since} is null or ${t.since} <= ${t.until}`),
  ],
);

export type EndedAssignmentRow = typeof endedAssignments.$inferSelect;
