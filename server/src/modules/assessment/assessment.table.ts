import { sql } from 'drizzle-orm';
import { check, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';

/**
 * 考核权重: how a plan weighs the four parts of a department's assessment score, in points out of 100. A plan with
 * no row uses the defaults in assessment.rules.ts.
 */
export const assessmentWeights = pgTable(
  'assessment_weights',
  {
    planId: integer()
      .primaryKey()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** Reports on time (报送及时). */
    timeliness: integer().notNull(),
    /** Completion of its measures (任务完成). */
    completion: integer().notNull(),
    /** Its indicators' achievement (指标达成). */
    indicators: integer().notNull(),
    /** Urging notices answered on time (督办响应). */
    notices: integer().notNull(),
    updatedBy: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check('assessment_weights_sum', sql`${t.timeliness} + ${t.completion} + ${t.indicators} + ${t.notices} = 100`),
    check(
      'assessment_weights_nonnegative',
      sql`least(${t.timeliness}, ${t.completion}, ${t.indicators}, ${t.notices}) >= 0`,
    ),
  ],
);

export type AssessmentWeightsRow = typeof assessmentWeights.$inferSelect;
export type NewAssessmentWeightsRow = typeof assessmentWeights.$inferInsert;
