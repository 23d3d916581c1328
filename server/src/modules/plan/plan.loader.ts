import { CatalogLoader, groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listDepartmentsOfPlans, listPlans } from './plan.repository';
import type { PlanRow } from './plan.table';

/** Every plan, by code and by id: plans are few, so one statement reads them all (and the catalog cache keeps them). */
export interface PlanRegister {
  list: PlanRow[];
  byCode: Map<string, PlanRow>;
  byId: Map<number, PlanRow>;
}

const ALL = 'all';

/** Per-request plan loaders. */
export function planLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    register: new CatalogLoader<typeof ALL, PlanRegister>(
      scope,
      'plan.register',
      async (keys) => {
        const list = await listPlans(db);
        const register: PlanRegister = {
          list,
          byCode: new Map(list.map((row) => [row.code, row])),
          byId: new Map(list.map((row) => [row.id, row])),
        };
        return keys.map(() => register);
      },
      () => true,
    ),
    /** The departments each plan involves (assigned anything, or answering for an indicator). */
    departmentsOf: groupLoader(
      scope,
      'plan.departmentsOf',
      (planIds: readonly number[]) => listDepartmentsOfPlans(db, planIds),
      (row) => row.planId,
      (rows): ReadonlySet<number> =>
        new Set(rows.flatMap((row) => (row.departmentId === null ? [] : [row.departmentId]))),
    ),
  };
}

/** The register of every plan (catalog). */
export function planRegister(scope: RequestScope) {
  return scope.get(planLoaders).register.load(ALL);
}
