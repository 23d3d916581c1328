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

export { ReportingCycle, WarningLevel } from './supervision.enum';
export { getAssignmentReporting, getMeasureWarning } from './supervision.service';
export { Supervisor, sweepWarnings } from './supervision.sweep';
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
