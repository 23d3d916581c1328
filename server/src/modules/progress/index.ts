import {
  EvidenceResolver,
  IndicatorObservationResolver,
  ProgressReportResolver,
  ReportReviewResolver,
} from './progress.resolver';
import {
  AssignmentProgressResolver,
  DepartmentProgressResolver,
  GoalProgressResolver,
  IndicatorValuesResolver,
  MeasureProgressResolver,
  PlanProgressResolver,
} from './progress-edges.resolver';

export { ProgressStatus, ReportReviewState, ReviewDecision } from './progress.enum';
export { progressLoaders } from './progress.loader';
export {
  getDepartmentProgress,
  getLatestReportOfAssignment,
  getLatestReportsOfMeasure,
  getMeasureProgress,
  getPlanProgress,
  getStandingReportsOfPlan,
  latestOfPlan,
  type ProgressSummary,
  refreshLatestReports,
  type StandingReportRow,
} from './progress.rollup';
export { backfillNote, newestFirst, reportedOnOf } from './progress.rules';
export {
  type BatchOutcome,
  fileReportBatch,
  getObservationsOfIndicator,
  getReportById,
  getStandingReportsOfDepartment,
  type PreparedIndicatorValue,
  type PreparedReport,
  prepareIndicatorValue,
  prepareReport,
  recordIndicatorValueBatch,
} from './progress.service';
export type { IndicatorObservationRow, ProgressReportReviewRow, ProgressReportRow } from './progress.table';
export { indicatorObservations, progressReports } from './progress.table';
export { IndicatorObservation, ProgressReport, ReportReview } from './progress.type';

export const progressResolvers = [
  ProgressReportResolver,
  ReportReviewResolver,
  EvidenceResolver,
  IndicatorObservationResolver,
  MeasureProgressResolver,
  AssignmentProgressResolver,
  GoalProgressResolver,
  PlanProgressResolver,
  DepartmentProgressResolver,
  IndicatorValuesResolver,
] as const;
