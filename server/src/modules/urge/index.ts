import {
  DepartmentUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  PlanUrgeNoticesResolver,
  UrgeNoticeResolver,
} from './urge.resolver';

export { UrgeLevel, UrgeNoticeState } from './urge.enum';
export { STATE_NAME as URGE_STATE_NAME } from './urge.rules';
export { getUrgeNoticesOfPlan, isOverdue } from './urge.service';
export { type UrgeNoticeRow, urgeNotices } from './urge.table';
export { UrgeNotice } from './urge.type';

export const urgeResolvers = [
  UrgeNoticeResolver,
  PlanUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  DepartmentUrgeNoticesResolver,
] as const;
