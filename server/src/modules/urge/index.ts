import { ExtensionRequestResolver, PlanEventUrgeResolver, UrgeNoticeExtensionResolver } from './extension.resolver';
import {
  DepartmentUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  PlanUrgeNoticesResolver,
  UrgeNoticeResolver,
} from './urge.resolver';

export { escalateOverdueNotices } from './escalation.service';
export { ExtensionRequestState, UrgeLevel, UrgeNoticeState } from './urge.enum';
export { urgeNotices } from './urge.table';

export const urgeResolvers = [
  UrgeNoticeResolver,
  PlanUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  DepartmentUrgeNoticesResolver,
  ExtensionRequestResolver,
  UrgeNoticeExtensionResolver,
  PlanEventUrgeResolver,
] as const;
