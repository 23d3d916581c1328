import {
  AssignmentSupervisionResolver,
  DepartmentSupervisionResolver,
  GoalSupervisionResolver,
  IndicatorSupervisionResolver,
  MeasureSupervisionResolver,
  PlanEventWarningResolver,
  PlanSupervisionResolver,
  ReportingCycleResolver,
} from './supervision.resolver';

export { assessIndicator } from './indicator-assessment.rules';
export { WarningLevel } from './supervision.enum';
export { type OfficeFigures, readOfficeFigures } from './supervision.figures';
export { expectedProgress, participantVerdict, type Schedule, verdictOf, withdrawalSpan } from './supervision.rules';
export {
  getAssignmentOwesReports,
  getAssignmentReporting,
  getAssignmentWarning,
  getDepartmentVerdictWarning,
  getIndicatorAssessment,
  getMeasureReporting,
  getMeasureSchedules,
  getMeasureWarning,
  getPlanOverview,
  type PlanOverview,
  type Warning,
} from './supervision.service';
export { Supervisor } from './supervision.sweep';
export { reportingCycles, warningStates } from './supervision.table';

export const supervisionResolvers = [
  MeasureSupervisionResolver,
  AssignmentSupervisionResolver,
  GoalSupervisionResolver,
  PlanSupervisionResolver,
  DepartmentSupervisionResolver,
  IndicatorSupervisionResolver,
  ReportingCycleResolver,
  PlanEventWarningResolver,
] as const;
