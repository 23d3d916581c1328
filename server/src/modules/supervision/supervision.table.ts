import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { measures } from '../measure/measure.table';
import { ReportingCycle } from '../period/period.enum';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import { WarningLevel } from './supervision.enum';

export const reportingCycle = pgEnum('reporting_cycle', ReportingCycle);

/**
 * 报送周期: the plan office's choice of cadence for a plan (measure_id null, with the working day of the next month
 * reports are due on) or for one measure or project (its measures inherit it). No row: monthly, 5th working day.
 */
export const reportingCycles = pgTable(
  'reporting_cycles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    measureId: integer(),
    cycle: reportingCycle().notNull(),
    /** Reports are due on this working day of the month after the period (plan rows only). */
    dueWorkingDay: smallint(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'reporting_cycles_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    uniqueIndex('reporting_cycles_plan_measure_unique').on(t.planId, sql`coalesce(${t.measureId}, 0)`),
    check('reporting_cycles_due_day_range', sql`${t.dueWorkingDay} between 1 and 20`),
    check('reporting_cycles_due_day_on_plan', sql`(${t.measureId} is null) = (${t.dueWorkingDay} is not null)`),
  ],
);

export type ReportingCycleRow = typeof reportingCycles.$inferSelect;

export const warningLevel = pgEnum('warning_level', WarningLevel);

/**
 * The last warning level the sweep recorded for each measure: a change against it is a WARNING_CHANGED event, so
 * subscribers see a measure turn red when the clock passes its deadline, without anyone posting.
 */
export const warningStates = pgTable(
  'warning_states',
  {
    measureId: integer().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    level: warningLevel().notNull(),
    reason: text().notNull(),
    /** The day (Beijing time) the level was computed for. */
    asOf: date({ mode: 'string' }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'warning_states_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
  ],
);

export type WarningStateRow = typeof warningStates.$inferSelect;
