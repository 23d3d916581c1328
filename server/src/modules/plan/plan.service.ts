import { requireReader } from '../../shared/access';
import { notFound } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { getDepartmentById } from '../department';
import { planLoaders } from './plan.loader';
import { listPlans } from './plan.repository';
import type { PlanRow } from './plan.table';

/** Every plan. */
export function getPlans(scope: RequestScope): Promise<PlanRow[]> {
  requireReader(scope);
  return listPlans(scope.db);
}

/** The plan with this code, or NOT_FOUND naming the argument at fault. */
export function getPlanByCode(scope: RequestScope, code: string, field = 'code'): MaybePromise<PlanRow> {
  requireReader(scope);
  return andThen(scope.get(planLoaders).byCode.load(code), (plan) => {
    if (!plan) throw notFound('PLAN_NOT_FOUND', field, '方案', code);
    return plan;
  });
}

/** The plan with this id (an internal reference, so a miss is a broken invariant). */
export function getPlanById(scope: RequestScope, id: number): MaybePromise<PlanRow> {
  return andThen(scope.get(planLoaders).byId.load(id), (plan) => {
    if (!plan) throw new Error(`plan ${id} vanished`);
    return plan;
  });
}

/**
 * The department hosting the office (领导小组办公室) of the plan's leading group: the policy's target for the
 * plan office's operations (`plan.edit`, `plan.publish`, `plan.archive`, `plan.readDraft`). Null when the plan
 * names no leading group or the group no office: then only an ADMIN keeps the plan.
 */
export function planOfficeOf(scope: RequestScope, plan: PlanRow): MaybePromise<number | null> {
  if (plan.leadingGroupId === null) return null;
  return andThen(getDepartmentById(scope, plan.leadingGroupId), (group) => group?.officeDepartmentId ?? null);
}
