import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { measures } from '../measure/measure.table';
import { plans } from '../plan/plan.table';
import { progressReports } from '../progress/progress.table';
import { users } from '../user/user.table';
import { InstructionSubject } from './instruction.enum';

export const instructionSubject = pgEnum('instruction_subject', InstructionSubject);

/**
 * 领导批示: a leader's comment on a report, a report's problems or a measure. It is addressed to the report's
 * department, or (on a measure) to the departments assigned to it (`departmentId` null).
 */
export const instructions = pgTable(
  'instructions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    subject: instructionSubject().notNull(),
    measureId: integer().notNull(),
    reportId: integer().references(() => progressReports.id, { onDelete: 'cascade' }),
    departmentId: integer().references(() => departments.id),
    text: text().notNull(),
    issuedBy: integer()
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'instructions_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    index('instructions_plan_idx').on(t.planId, t.id),
    index('instructions_report_idx').on(t.reportId),
    check('instructions_text_length', sql`length(btrim(${t.text})) between 1 and 2000`),
    check('instructions_report_subject', sql`(${t.subject} = 'MEASURE') = (${t.reportId} is null)`),
  ],
);

export type InstructionRow = typeof instructions.$inferSelect;

/** 已阅: each addressed department marks an instruction read once, on its own (a measure's reaches several). */
export const instructionReads = pgTable(
  'instruction_reads',
  {
    instructionId: integer()
      .notNull()
      .references(() => instructions.id, { onDelete: 'cascade' }),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    readAt: timestamp({ withTimezone: true }).notNull(),
    readBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.instructionId, t.departmentId] })],
);

export type InstructionReadRow = typeof instructionReads.$inferSelect;
