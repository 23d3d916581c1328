import { foreignKey, index, integer, pgEnum, pgTable, primaryKey } from 'drizzle-orm/pg-core';
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
