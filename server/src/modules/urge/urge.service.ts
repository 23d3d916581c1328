import { requireReader } from '../../shared/access';
import { today } from '../../shared/clock';
import { DomainError, findByApiId, requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { type Viewer } from '../../shared/viewer';
import { getAssignmentsOfMeasure } from '../assignment';
import { actsFor, getDepartmentByCode } from '../department';
import { EventType, recordChange } from '../event';
import { getMeasureByCode, getMeasureIndex, refuseWithdrawn } from '../measure';
import { canSeePlan, getPlanById, getWritablePlan, requireWritablePlan } from '../plan';
import { authorize, type Operation } from '../policy';
import type { UrgeNoticeState } from './urge.enum';
import type { IssueUrgeNoticeInput } from './urge.input';
import { urgeLoaders } from './urge.loader';
import { findNoticeById, insertNotice, lockNotice, updateNotice, withdrawPendingRequests } from './urge.repository';
import { AWAITING_REPLY, transition, type UrgeStep } from './urge.rules';
import type { UrgeNoticeRow, urgeNotices } from './urge.table';

const MAX_TEXT = 2000;

export function checkText(value: string, field: string): string {
  return requireText(value, field, MAX_TEXT);
}

/** A plan's notices, newest first, optionally in one state. */
export async function getUrgeNoticesOfPlan(
  scope: RequestScope,
  planId: number,
  filter: { state?: UrgeNoticeState | null; measureId?: number; departmentId?: number; handledBy?: number } = {},
): Promise<UrgeNoticeRow[]> {
  const rows = (await scope.get(urgeLoaders).ofPlan.load(planId)).filter(
    (row) =>
      (!filter.state || row.state === filter.state) &&
      (filter.measureId === undefined || row.measureId === filter.measureId) &&
      (filter.departmentId === undefined || row.departmentId === filter.departmentId),
  );
  if (filter.handledBy === undefined) return rows;
  // The notices a unit answers: its own and its groups' (a town answers those sent to 各镇、街道).
  const unit = filter.handledBy;
  const handled = await Promise.all(rows.map((row) => actsFor(scope, unit, new Set([row.departmentId]))));
  return rows.filter((_, i) => handled[i]);
}

/** What the audit trail and subscribers see of a notice. */
export const snapshot = (row: UrgeNoticeRow) => ({ ...row });

/** 督办: a LEADER (or ADMIN) issues a notice to a department assigned to the measure. */
export async function issueUrgeNotice(scope: RequestScope, input: IssueUrgeNoticeInput): Promise<UrgeNoticeRow> {
  const viewer = authorize(scope, 'urge.issue');
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode');
  const measure = await getMeasureByCode(scope, plan.id, input.measureCode, 'input.measureCode');
  refuseWithdrawn(measure, today(scope.clock));
  const department = await getDepartmentByCode(scope, input.departmentCode, 'input.departmentCode');
  const assigned = new Set((await getAssignmentsOfMeasure(scope, measure)).map((a) => a.departmentId));
  if (!(await actsFor(scope, department.id, assigned))) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.departmentCode',
      reason: `「${department.name}」不是措施 ${measure.code} 的责任部门或参与部门`,
      detail: 'DEPARTMENT_NOT_ASSIGNED',
    });
  }
  const text = checkText(input.text, 'input.text');
  if (input.dueOn < today(scope.clock)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.dueOn',
      reason: '反馈期限不能早于今天',
      detail: 'PAST_DUE_DATE',
    });
  }
  const goalId = (await getMeasureIndex(scope, plan.id)).goalIdOf(measure);
  const now = scope.clock.now();
  const values = {
    planId: plan.id,
    measureId: measure.id,
    departmentId: department.id,
    level: input.level,
    issuedLevel: input.level,
    text,
    dueOn: input.dueOn,
    agreedDueOn: input.dueOn,
    issuedBy: viewer.userId,
    issuedAt: now,
  };
  return scope.db.transaction((tx) =>
    recordChange(tx, insertNotice(tx, values), ({ after }) => ({
      type: EventType.URGE_NOTICE_ISSUED,
      planId: plan.id,
      measureId: measure.id,
      goalId,
      departmentId: department.id,
      actorUserId: viewer.userId,
      payload: { urgeNoticeId: after.id, before: null, after: snapshot(after) },
    })),
  );
}

/** The policy's name of each step: the department's (签收, 反馈) are scoped to the notice's department. */
export const STEP_OPERATION = {
  acknowledge: 'urge.acknowledge',
  respond: 'urge.respond',
  close: 'urge.close',
  returnForRevision: 'urge.return',
} as const satisfies Record<UrgeStep, Operation>;

const STEP_EVENT: Record<
  UrgeStep,
  | EventType.URGE_NOTICE_ACKNOWLEDGED
  | EventType.URGE_NOTICE_RESPONDED
  | EventType.URGE_NOTICE_CLOSED
  | EventType.URGE_NOTICE_RETURNED
> = {
  acknowledge: EventType.URGE_NOTICE_ACKNOWLEDGED,
  respond: EventType.URGE_NOTICE_RESPONDED,
  close: EventType.URGE_NOTICE_CLOSED,
  returnForRevision: EventType.URGE_NOTICE_RETURNED,
};

/** A notice by its API id, or NOT_FOUND on `field`. */
export function findNotice(scope: RequestScope, id: string, field = 'id'): Promise<UrgeNoticeRow> {
  return findByApiId(id, (key) => findNoticeById(scope.db, key), {
    field,
    reason: `未找到编号为 ${id} 的督办单`,
    detail: 'URGE_NOTICE_NOT_FOUND',
  });
}

/** Takes one lifecycle step on a notice: locks it, checks the step is legal from its state, writes, records. */
async function step(
  scope: RequestScope,
  viewer: Viewer,
  id: string,
  name: UrgeStep,
  changes: (now: Date) => Partial<typeof urgeNotices.$inferInsert>,
): Promise<UrgeNoticeRow> {
  const found = await findNotice(scope, id);
  await requireWritablePlan(scope, found.planId, 'id');
  await authorize(scope, STEP_OPERATION[name], { departmentId: found.departmentId });
  const index = await getMeasureIndex(scope, found.planId);
  const measure = index.byId.get(found.measureId);
  const goalId = measure ? index.goalIdOf(measure) : null;
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const before = await lockNotice(tx, found.id);
    if (!before) throw new Error('a notice is never deleted');
    const state = transition(before.state, name);
    const change = await updateNotice(tx, before, { ...changes(now), state });
    // A reply settles the question a pending extension request asked: it lapses, in the same step.
    const withdrawn =
      name === 'respond' ? await withdrawPendingRequests(tx, before.id, now, '督办单已反馈，延期申请自动撤销') : [];
    return recordChange(tx, change, ({ after }) => ({
      type: STEP_EVENT[name],
      planId: after.planId,
      measureId: after.measureId,
      goalId,
      departmentId: after.departmentId,
      actorUserId: viewer.userId,
      payload: {
        urgeNoticeId: after.id,
        before: snapshot(before),
        after: snapshot(after),
        ...(withdrawn.length > 0 ? { withdrawnExtensionRequestIds: withdrawn } : {}),
      },
    }));
  });
}

/** 签收: the department signs for the notice. */
export function acknowledgeUrgeNotice(scope: RequestScope, id: string): Promise<UrgeNoticeRow> {
  const viewer = authorize(scope, 'urge.acknowledge');
  return step(scope, viewer, id, 'acknowledge', (now) => ({ acknowledgedAt: now }));
}

/** 反馈: the department replies with what it did (after signing, or after the notice was returned). */
export function respondToUrgeNotice(scope: RequestScope, id: string, response: string): Promise<UrgeNoticeRow> {
  const viewer = authorize(scope, 'urge.respond');
  const text = checkText(response, 'response');
  return step(scope, viewer, id, 'respond', (now) => ({ respondedAt: now, response: text }));
}

/** 办结: the office closes a replied notice. */
export function closeUrgeNotice(scope: RequestScope, id: string): Promise<UrgeNoticeRow> {
  const viewer = authorize(scope, 'urge.close');
  return step(scope, viewer, id, 'close', (now) => ({ closedAt: now }));
}

/** 退回: the office sends a reply back for revision, saying why. */
export function returnUrgeNoticeForRevision(scope: RequestScope, id: string, reason: string): Promise<UrgeNoticeRow> {
  const viewer = authorize(scope, 'urge.return');
  const text = checkText(reason, 'reason');
  return step(scope, viewer, id, 'returnForRevision', (now) => ({ returnedAt: now, returnReason: text }));
}

/** Past its reply date and not yet replied to (or returned and not replied to again). */
export function isOverdue(scope: RequestScope, notice: UrgeNoticeRow): boolean {
  return AWAITING_REPLY.includes(notice.state) && today(scope.clock) > notice.dueOn;
}

/**
 * A notice for whoever may read it on screen: the plan's readers (the 督办 page lists every notice of the plan).
 * A notice of a plan the viewer may not see is NOT_FOUND, as the plan is.
 */
export async function getNoticeForReader(scope: RequestScope, id: string): Promise<UrgeNoticeRow> {
  requireReader(scope);
  const notice = await findNotice(scope, id);
  if (!(await canSeePlan(scope, await getPlanById(scope, notice.planId)))) {
    throw new DomainError('NOT_FOUND', {
      field: 'id',
      reason: `未找到编号为 ${id} 的督办单`,
      detail: 'URGE_NOTICE_NOT_FOUND',
    });
  }
  return notice;
}
