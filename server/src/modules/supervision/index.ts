import {
  AssignmentSupervisionResolver,
  DepartmentSupervisionResolver,
  GoalSupervisionResolver,
  IndicatorSupervisionResolver,
  MeasureSupervisionResolver,
  PlanSupervisionResolver,
  ReportingCycleResolver,
} from './supervision.resolver';

export { ReportingCycle, WarningLevel } from './supervision.enum';
export { getMeasureWarning } from './supervision.service';
export { reportingCycles } from './supervision.table';

export const supervisionResolvers = [
  MeasureSupervisionResolver,
  AssignmentSupervisionResolver,
  GoalSupervisionResolver,
  PlanSupervisionResolver,
  DepartmentSupervisionResolver,
  IndicatorSupervisionResolver,
  ReportingCycleResolver,
] as const;
