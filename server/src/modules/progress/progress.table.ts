import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { departments } from '../department/department.table';
import { indicators } from '../indicator/indicator.table';
import { measures } from '../measure/measure.table';
import { plans } from '../plan/plan.table';
import { users } from '../user/user.table';
import { type EvidenceKind, ProgressStatus, ReportReviewState, ReviewDecision } from './progress.enum';

export const progressStatus = pgEnum('progress_status', ProgressStatus);
export const reportReviewState = pgEnum('report_review_state', ReportReviewState);
export const reviewDecision = pgEnum('review_decision', ReviewDecision);

export interface EvidenceItem {
  title: string;
  /** The reference: an http(s) link, a file: reference or a document number (文件编号, 博市监发〔2025〕41号). */
  url: string;
  /** What `url` is; absent on evidence stored before kinds were recorded (then read from `url`). */
  kind?: EvidenceKind;
}

/** 进度填报: one department's report on one measure for one period. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    measureId: integer().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id),
    /** The reporting period, e.g. 2024-05 for a monthly cycle. */
    period: text().notNull(),
    status: progressStatus().notNull(),
    percentComplete: smallint().notNull(),
    summary: text().notNull(),
    problems: text(),
    nextSteps: text(),
    evidence: jsonb().$type<EvidenceItem[]>().notNull().default([]),
    submittedBy: integer()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * 报送日期 of history the plan office entered from its ledger (办公室补录): the day the report was really made.
     * Null for a report made in the system, whose date is that of `submittedAt` (Beijing time).
     */
    reportedOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    withdrawnAt: timestamp({ withTimezone: true }),
    idempotencyKey: text(),
    /** A hash of the submitted input: a retry with the same key must carry the same payload. */
    requestHash: text(),
    /** The plan office's review of the current version (审核): a resubmission puts it back to PENDING. */
    reviewState: reportReviewState().notNull().default(ReportReviewState.PENDING),
    reviewedBy: integer().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    /** Why it was returned for revision (退回修改), or the reviewer's note on acceptance. */
    reviewNote: text(),
  },
  (t) => [
    foreignKey({
      name: 'progress_reports_measure_same_plan_fk',
      columns: [t.planId, t.measureId],
      foreignColumns: [measures.planId, measures.id],
    }).onDelete('cascade'),
    unique('progress_reports_idempotency_unique').on(t.submittedBy, t.idempotencyKey),
    index('progress_reports_measure_idx').on(t.measureId, t.submittedAt),
    index('progress_reports_department_idx').on(t.departmentId, t.submittedAt),
    check('progress_reports_percent_range', sql`${t.percentComplete} between 0 and 100`),
    check('progress_reports_version_positive', sql`${t.version} >= 1`),
    check('progress_reports_period_format', sql`${t.period} ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$'`),
    check('progress_reports_summary_length', sql`length(btrim(${t.summary})) between 1 and 5000`),
    check('progress_reports_problems_length', sql`length(${t.problems}) <= 5000`),
    check('progress_reports_next_steps_length', sql`length(${t.nextSteps}) <= 5000`),
  ],
);

/** A recorded value of an indicator as of a date. */
export const indicatorObservations = pgTable(
  'indicator_observations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    indicatorId: integer().notNull(),
    value: numeric({ mode: 'number' }).notNull(),
    asOf: date({ mode: 'string' }).notNull(),
    note: text(),
    submittedBy: integer()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    idempotencyKey: text(),
    requestHash: text(),
  },
  (t) => [
    foreignKey({
      name: 'indicator_observations_indicator_same_plan_fk',
      columns: [t.planId, t.indicatorId],
      foreignColumns: [indicators.planId, indicators.id],
    }).onDelete('cascade'),
    unique('indicator_observations_idempotency_unique').on(t.submittedBy, t.idempotencyKey),
    index('indicator_observations_indicator_idx').on(t.indicatorId, t.asOf),
  ],
);

/** Every review decision on a report, with the version it judged: the history behind `reviewState`. */
export const progressReportReviews = pgTable(
  'progress_report_reviews',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    reportVersion: integer().notNull(),
    decision: reviewDecision().notNull(),
    note: text(),
    reviewedBy: integer()
      .notNull()
      .references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('progress_report_reviews_report_idx').on(t.reportId, t.id),
    check('progress_report_reviews_note_length', sql`length(${t.note}) <= 2000`),
  ],
);

export type ProgressReportRow = typeof progressReports.$inferSelect;
export type ProgressReportReviewRow = typeof progressReportReviews.$inferSelect;
export type IndicatorObservationRow = typeof indicatorObservations.$inferSelect;
