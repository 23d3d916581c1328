import { rowLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { findPlansByCodes, findPlansByIds } from './plan.repository';

/** Per-request plan loaders. */
export function planLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    byCode: rowLoader(
      scope,
      'plan.byCode',
      (codes: readonly string[]) => findPlansByCodes(db, codes),
      (row) => row.code,
    ),
    byId: rowLoader(
      scope,
      'plan.byId',
      (ids: readonly number[]) => findPlansByIds(db, ids),
      (row) => row.id,
    ),
  };
}
