import { ExtensionRequestResolver, PlanEventUrgeResolver, UrgeNoticeExtensionResolver } from './extension.resolver';
import {
  DepartmentUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  PlanUrgeNoticesResolver,
  UrgeNoticeResolver,
} from './urge.resolver';

export { escalateOverdueNotices } from './escalation.service';
export { ExtensionRequestState, UrgeLevel, UrgeNoticeState } from './urge.enum';
export { LEVEL_NAME as URGE_LEVEL_NAME, STATE_NAME as URGE_STATE_NAME } from './urge.rules';
export { getUrgeNoticesOfPlan, isOverdue } from './urge.service';
export { type UrgeNoticeRow, urgeNotices } from './urge.table';
export { UrgeNotice } from './urge.type';

export const urgeResolvers = [
  UrgeNoticeResolver,
  PlanUrgeNoticesResolver,
  MeasureUrgeNoticesResolver,
  DepartmentUrgeNoticesResolver,
  ExtensionRequestResolver,
  UrgeNoticeExtensionResolver,
  PlanEventUrgeResolver,
] as const;
export { getNoticeHistory, noticeNumber, urgeNoticeDocx } from './urge-notice.docx';
