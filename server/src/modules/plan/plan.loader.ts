import type { Db } from '../../db/client';
import { rowLoader } from '../../shared/loader';
import { findPlansByCodes, findPlansByIds } from './plan.repository';

/** Per-request plan loaders. */
export function planLoaders(db: Db) {
  return {
    byCode: rowLoader(
      (codes: readonly string[]) => findPlansByCodes(db, codes),
      (row) => row.code,
    ),
    byId: rowLoader(
      (ids: readonly number[]) => findPlansByIds(db, ids),
      (row) => row.id,
    ),
  };
}
