import {
  DepartmentUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  PlanUrgeNoticesResolver,
  UrgeNoticeResolver,
} from './urge.resolver';

export { UrgeLevel, UrgeNoticeState } from './urge.enum';
export { urgeNotices } from './urge.table';

export const urgeResolvers = [
  UrgeNoticeResolver,
  PlanUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  DepartmentUrgeNoticesResolver,
] as const;
