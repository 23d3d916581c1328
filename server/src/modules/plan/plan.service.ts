import { requireReader } from '../../shared/access';
import { today } from '../../shared/clock';
import { DomainError, notFound } from '../../shared/errors';
import { all, andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { UserRole } from '../../shared/viewer';
import { getDepartmentById, getGroupIdsOf } from '../department';
import { EventType, recordChange } from '../event';
import { authorize, can } from '../policy';
import { PlanState } from './plan.enum';
import { planLoaders, planRegister } from './plan.loader';
import { archivePlanRow } from './plan.repository';
import { checkArchivable, checkPlanWritable, type PlanWrite, planLifecycle } from './plan.rules';
import type { PlanRow } from './plan.table';

/**
 * Whether the viewer may see the plan (docs/SUPERVISION.md, "Plan states"): a draft only its office and the admins
 * (`plan.readDraft`); a published plan leaders, viewers and admins, and a department's clerk when the plan involves
 * its department, or a group it is a member of (the rule of `actsFor`), or when the department is the plan's office. Catalog
 * reads only, so a warm request answers it with no statement.
 */
export function canSeePlan(scope: RequestScope, plan: PlanRow): MaybePromise<boolean> {
  const viewer = scope.viewer;
  if (!viewer) return false;
  const isOffice = () =>
    can(scope, 'plan.readDraft', { departmentId: () => andThen(planOfficeOf(scope, plan), (id) => id ?? []) });
  if (plan.state === PlanState.DRAFT) return isOffice();
  if (viewer.role !== UserRole.REPORTER) return true;
  const unit = viewer.departmentId;
  if (unit === null) return false;
  // The unit's groups are read whether or not the unit is named itself, so the cost is the same for every plan.
  return andThen(getGroupIdsOf(scope, unit), (groups) =>
    andThen(scope.get(planLoaders).departmentsOf.load(plan.id), (involved) =>
      involved.has(unit) || groups.some((id) => involved.has(id)) ? true : isOffice(),
    ),
  );
}

/** Every plan the viewer may see, earliest period first. */
export function getPlans(scope: RequestScope): MaybePromise<PlanRow[]> {
  requireReader(scope);
  return andThen(planRegister(scope), ({ list }) =>
    andThen(all(list.map((plan) => canSeePlan(scope, plan))), (seen) => list.filter((_, i) => seen[i])),
  );
}

/**
 * The plan with this code, or NOT_FOUND naming the argument at fault, the same for a plan the viewer may not see
 * (`canSeePlan`): every read of a plan's children by its code comes through here, so a hidden plan hides them too.
 */
export function getPlanByCode(scope: RequestScope, code: string, field = 'code'): MaybePromise<PlanRow> {
  requireReader(scope);
  return andThen(planRegister(scope), ({ byCode }) => {
    const plan = byCode.get(code);
    if (!plan) throw notFound('PLAN_NOT_FOUND', field, '方案', code);
    return andThen(canSeePlan(scope, plan), (seen) => {
      if (!seen) throw notFound('PLAN_NOT_FOUND', field, '方案', code);
      return plan;
    });
  });
}

/** The plan with this id (an internal reference, so a miss is a broken invariant). */
export function getPlanById(scope: RequestScope, id: number): MaybePromise<PlanRow> {
  return andThen(planRegister(scope), ({ byId }) => {
    const plan = byId.get(id);
    if (!plan) throw new Error(`plan ${id} vanished`);
    return plan;
  });
}

/**
 * The one gate of every plan-scoped write, by the plan's code: the plan as getPlanByCode finds it, if its state takes
 * the write (`checkPlanWritable`: nothing on an archived plan, no work on a draft). Called before anything is written.
 */
export function getWritablePlan(
  scope: RequestScope,
  code: string,
  field: string,
  write: PlanWrite = 'work',
): MaybePromise<PlanRow> {
  return andThen(getPlanByCode(scope, code, field), (plan) => {
    checkPlanWritable(plan, write, field);
    return plan;
  });
}

/** The same gate for a write that reaches its plan through a row (a report, a notice, an instruction) by its id. */
export function requireWritablePlan(
  scope: RequestScope,
  planId: number,
  field?: string,
  write: PlanWrite = 'work',
): MaybePromise<PlanRow> {
  return andThen(getPlanById(scope, planId), (plan) => {
    checkPlanWritable(plan, write, field);
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

/** The policy's target for the plan office's operations on this plan (none when it has no office: ADMIN only). */
export function planOfficeTarget(scope: RequestScope, plan: PlanRow) {
  return { departmentId: () => andThen(planOfficeOf(scope, plan), (id) => id ?? []) };
}

/** What the audit trail and subscribers see of a plan's state. */
const stateOf = (plan: PlanRow) => ({
  code: plan.code,
  state: plan.state,
  publishedAt: plan.publishedAt,
  archivedAt: plan.archivedAt,
});

/**
 * 归档: the plan office (or an ADMIN) closes an ended plan once its evaluation is done. From then on the plan is
 * read-only (every write refused with PLAN_ARCHIVED) and the supervisor no longer sweeps it. One transaction: the
 * plan's state and PLAN_ARCHIVED.
 */
export async function archivePlan(scope: RequestScope, planCode: string): Promise<PlanRow> {
  const viewer = authorize(scope, 'plan.archive');
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  await authorize(scope, 'plan.archive', planOfficeTarget(scope, plan));
  checkArchivable(planLifecycle(plan, today(scope.clock)));
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const change = await archivePlanRow(tx, plan, now);
    if (!change)
      throw new DomainError('CONFLICT', { field: 'planCode', reason: '方案已归档', detail: 'PLAN_ARCHIVED' });
    return recordChange(tx, change, ({ before, after }) => ({
      type: EventType.PLAN_ARCHIVED,
      planId: after.id,
      actorUserId: viewer.userId,
      payload: { before: stateOf(before), after: stateOf(after) },
    }));
  });
}
