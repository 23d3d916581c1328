import {
  DepartmentIndicatorsResolver,
  GoalIndicatorsResolver,
  IndicatorResolver,
  MeasureIndicatorsResolver,
  PlanIndicatorsResolver,
} from './indicator.resolver';

export { IndicatorDirection, TargetKind } from './indicator.enum';
export { targetRevisedNote } from './indicator.rules';
export { getIndicatorByCode, getIndicatorById, getIndicatorsOfPlan } from './indicator.service';
export type { IndicatorRow } from './indicator.table';
export { indicators } from './indicator.table';
export { Indicator } from './indicator.type';

export const indicatorResolvers = [
  IndicatorResolver,
  PlanIndicatorsResolver,
  GoalIndicatorsResolver,
  MeasureIndicatorsResolver,
  DepartmentIndicatorsResolver,
] as const;
