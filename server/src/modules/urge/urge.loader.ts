import DataLoader from 'dataloader';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listNoticesOfPlans, listRequestsOfNotices } from './urge.repository';
import type { ExtensionRequestRow, UrgeNoticeRow } from './urge.table';

/** Per request: a plan's notices, newest first, in one statement (batched across plans). */
export function urgeLoaders(scope: RequestScope) {
  return {
    ofPlan: new DataLoader<number, UrgeNoticeRow[]>(async (planIds) => {
      const byPlan = groupBy(await listNoticesOfPlans(scope.db, planIds), (row) => row.planId);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
  };
}

/** Per request: each notice's extension requests, oldest first, batched into one statement. */
export function extensionLoaders(scope: RequestScope) {
  return {
    ofNotice: new DataLoader<number, ExtensionRequestRow[]>(async (noticeIds) => {
      const byNotice = groupBy(await listRequestsOfNotices(scope.db, noticeIds), (row) => row.urgeNoticeId);
      return noticeIds.map((id) => byNotice.get(id) ?? []);
    }),
  };
}
