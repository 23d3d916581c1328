import type { Db } from '../../db/client';
import { DomainError, type ErrorCode } from '../../shared/errors';
import { andThen } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import { DepartmentKind, type DepartmentRow, getDepartments } from '../department';
import { appendEvents, EventType, type PlanChange } from '../event';
import { getPlanByCode, PlanState, planOfficeOf } from '../plan';
import { authorize } from '../policy';
import { type DraftContent, lockPlan, readContent } from './plan-editor.repository';

/** A refusal naming its field and item: nothing is written. */
export function refuse(code: ErrorCode, detail: string, field: string, reason: string): DomainError {
  return new DomainError(code, { field, reason, detail });
}

/**
 * What an edit did: its typed change and what it returns. The event names no measure, goal or indicator row by
 * id: a draft's rows may be removed by a later edit, and the feed resolves those ids; the change names them.
 */
export interface DraftEdit<T> {
  change: PlanChange;
  result: T;
}

/** What an edit works with: the locked draft's content, the register, the viewer. */
export interface DraftContext {
  tx: Db;
  content: DraftContent;
  register: DepartmentRow[];
  viewer: Viewer;
}

/** Authorizes `plan.edit` on the plan: its office (the department hosting its leading group's office) or an ADMIN. */
export async function authorizePlanOffice(
  scope: RequestScope,
  planCode: string,
  operation: 'plan.edit' | 'plan.publish' | 'plan.revise',
): Promise<Viewer> {
  authorize(scope, operation);
  const plan = await getPlanByCode(scope, planCode, 'input.planCode');
  return authorize(scope, operation, {
    departmentId: () => andThen(planOfficeOf(scope, plan), (office): number | number[] => office ?? []),
    field: 'input.planCode',
  });
}

/** PLAN_NOT_DRAFT: an active or archived plan changes only through a revision (方案调整). */
export function notDraft(code: string, state: PlanState): DomainError {
  const now = state === PlanState.ARCHIVED ? '已归档' : '已发布';
  return refuse(
    'CONFLICT',
    'PLAN_NOT_DRAFT',
    'input.planCode',
    `方案「${code}」${now}：只有草稿可直接修改，已发布的方案须通过方案调整`,
  );
}

/**
 * The frame of every draft edit: the plan office's access, then one transaction that locks the plan (edits of a
 * plan take turns), refuses a plan that is not a draft, runs the edit on the plan's content as the transaction sees
 * it, and records its change as one PLAN_DRAFT_EDITED event. A refusal thrown by the edit rolls everything back.
 */
export async function editDraft<T>(
  scope: RequestScope,
  planCode: string,
  edit: (ctx: DraftContext) => Promise<DraftEdit<T>>,
): Promise<T> {
  const viewer = await authorizePlanOffice(scope, planCode, 'plan.edit');
  const register = await getDepartments(scope);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, planCode);
    if (!plan) throw refuse('NOT_FOUND', 'PLAN_NOT_FOUND', 'input.planCode', `未找到编码为「${planCode}」的方案`);
    if (plan.state !== PlanState.DRAFT) throw notDraft(plan.code, plan.state);
    const content = await readContent(tx, plan);
    const done = await edit({ tx, content, register, viewer });
    await appendEvents(tx, [
      {
        type: EventType.PLAN_DRAFT_EDITED,
        planId: plan.id,
        actorUserId: viewer.userId,
        payload: { code: plan.code, change: done.change },
      },
    ]);
    return done.result;
  });
}

/** A registered department by code, or NOT_FOUND naming the field; a leading group carries no work. */
export function unitOf(register: readonly DepartmentRow[], code: string, field: string): DepartmentRow {
  const unit = register.find((d) => d.code === code);
  if (!unit) throw refuse('NOT_FOUND', 'DEPARTMENT_NOT_FOUND', field, `未找到编码为「${code}」的部门`);
  if (unit.kind === DepartmentKind.LEADING_GROUP) {
    throw refuse(
      'BAD_USER_INPUT',
      'LEADING_GROUP_NOT_A_UNIT',
      field,
      `领导小组「${unit.name}」不承担具体工作，请指定单位`,
    );
  }
  return unit;
}

/** A code for an item of the plan: present, at most 64 characters (the input gate has checked its characters). */
export function itemCode(value: string | undefined, field: string, label: string): string {
  const code = value?.trim() ?? '';
  if (code.length === 0) throw refuse('BAD_USER_INPUT', 'REQUIRED', field, `${label}编号不能为空`);
  return code;
}
