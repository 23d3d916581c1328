import { today } from '../../shared/clock';
import { DomainError, findByApiId } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import { EventType, recordChange } from '../event';
import { getMeasureIndex } from '../measure';
import { getPlanById, planTakes, requireWritablePlan } from '../plan';
import { authorize, can } from '../policy';
import { ExtensionRequestState, type UrgeNoticeState } from './urge.enum';
import { extensionLoaders } from './urge.loader';
import {
  decideRequest,
  findRequestById,
  insertRequest,
  lockNotice,
  lockRequest,
  noticesWithPendingRequest,
  updateNotice,
} from './urge.repository';
import { AWAITING_REPLY, STATE_NAME, TRANSITIONS, type UrgeStep } from './urge.rules';
import { checkText, findNotice, STEP_OPERATION, snapshot } from './urge.service';
import type { ExtensionRequestRow, UrgeNoticeRow } from './urge.table';

/** A notice's extension requests, oldest first. */
export function getExtensionRequestsOf(scope: RequestScope, noticeId: number): Promise<ExtensionRequestRow[]> {
  return scope.get(extensionLoaders).ofNotice.load(noticeId);
}

const DECIDED: Record<ExtensionRequestState, string> = {
  [ExtensionRequestState.PENDING]: '待审批',
  [ExtensionRequestState.APPROVED]: '已同意',
  [ExtensionRequestState.REFUSED]: '未获同意',
  [ExtensionRequestState.WITHDRAWN]: '已撤销',
};

async function goalIdOf(scope: RequestScope, notice: UrgeNoticeRow): Promise<number | null> {
  const index = await getMeasureIndex(scope, notice.planId);
  const measure = index.byId.get(notice.measureId);
  return measure ? index.goalIdOf(measure) : null;
}

const requestSnapshot = (row: ExtensionRequestRow) => ({ ...row });

/**
 * 延期申请: the department asks for a later reply date, with a reason. Only while it still owes the reply, for a
 * date after the current one and not in the past, and one request at a time.
 */
export async function requestExtension(
  scope: RequestScope,
  input: { urgeNoticeId: string; dueOn: string; reason: string },
): Promise<ExtensionRequestRow> {
  const viewer = authorize(scope, 'extension.request');
  const found = await findNotice(scope, input.urgeNoticeId, 'input.urgeNoticeId');
  await requireWritablePlan(scope, found.planId, 'input.urgeNoticeId');
  await authorize(scope, 'extension.request', { departmentId: found.departmentId });
  const reason = checkText(input.reason, 'input.reason');
  if (input.dueOn <= found.dueOn) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.dueOn',
      reason: `申请的反馈期限须晚于现有期限 ${found.dueOn}`,
      detail: 'NOT_LATER',
    });
  }
  if (input.dueOn < today(scope.clock)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.dueOn',
      reason: '申请的反馈期限不能早于今天',
      detail: 'PAST_DUE_DATE',
    });
  }
  const goalId = await goalIdOf(scope, found);
  return scope.db.transaction(async (tx) => {
    const notice = await lockNotice(tx, found.id);
    if (!notice) throw new Error('a notice is never deleted');
    if (!AWAITING_REPLY.includes(notice.state)) {
      throw new DomainError('CONFLICT', {
        field: 'input.urgeNoticeId',
        reason: `督办单当前状态为「${STATE_NAME[notice.state]}」，不需要申请延期`,
        detail: 'ILLEGAL_TRANSITION',
      });
    }
    // Judged again on the locked row: an escalation may have moved the reply date since it was read.
    if (input.dueOn <= notice.dueOn) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.dueOn',
        reason: `申请的反馈期限须晚于现有期限 ${notice.dueOn}`,
        detail: 'NOT_LATER',
      });
    }
    if ((await noticesWithPendingRequest(tx, [notice.id])).size > 0) {
      throw new DomainError('CONFLICT', {
        field: 'input.urgeNoticeId',
        reason: '已有一项延期申请待审批，请等待审批结果',
        detail: 'EXTENSION_PENDING',
      });
    }
    const request = {
      planId: notice.planId,
      urgeNoticeId: notice.id,
      reason,
      requestedDueOn: input.dueOn,
      previousDueOn: notice.dueOn,
      requestedBy: viewer.userId,
      requestedAt: scope.clock.now(),
    };
    return recordChange(tx, insertRequest(tx, request), ({ after }) => ({
      type: EventType.EXTENSION_REQUESTED,
      planId: notice.planId,
      measureId: notice.measureId,
      goalId,
      departmentId: notice.departmentId,
      actorUserId: viewer.userId,
      payload: { urgeNoticeId: notice.id, extensionRequestId: after.id, request: requestSnapshot(after) },
    }));
  });
}

function findRequest(scope: RequestScope, id: string): Promise<ExtensionRequestRow> {
  return findByApiId(id, (key) => findRequestById(scope.db, key), {
    field: 'id',
    reason: `未找到编号为 ${id} 的延期申请`,
    detail: 'EXTENSION_REQUEST_NOT_FOUND',
  });
}

/** Approves (the notice's reply date moves to the date asked for) or refuses a pending request. */
async function decide(
  scope: RequestScope,
  viewer: Viewer,
  id: string,
  approve: boolean,
  note: string | null,
): Promise<ExtensionRequestRow> {
  const found = await findRequest(scope, id);
  await requireWritablePlan(scope, found.planId, 'id');
  const foundNotice = await findNotice(scope, String(found.urgeNoticeId), 'id');
  const goalId = await goalIdOf(scope, foundNotice);
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const notice = await lockNotice(tx, found.urgeNoticeId);
    const before = await lockRequest(tx, found.id);
    if (!notice || !before) throw new Error('notices and requests are never deleted');
    if (before.state !== ExtensionRequestState.PENDING) {
      throw new DomainError('CONFLICT', {
        field: 'id',
        reason: `该延期申请${DECIDED[before.state]}，不能再审批`,
        detail: 'ILLEGAL_TRANSITION',
      });
    }
    if (!AWAITING_REPLY.includes(notice.state)) {
      throw new DomainError('CONFLICT', {
        field: 'id',
        reason: `督办单当前状态为「${STATE_NAME[notice.state]}」，无需审批延期`,
        detail: 'ILLEGAL_TRANSITION',
      });
    }
    if (approve && before.requestedDueOn < today(scope.clock)) {
      throw new DomainError('CONFLICT', {
        field: 'id',
        reason: `申请的期限 ${before.requestedDueOn} 已过，不能同意；请不同意后由部门重新申请`,
        detail: 'EXTENSION_EXPIRED',
      });
    }
    const after = await decideRequest(tx, before, {
      state: approve ? ExtensionRequestState.APPROVED : ExtensionRequestState.REFUSED,
      decidedBy: viewer.userId,
      decidedAt: now,
      decisionNote: note,
    });
    const moved = approve
      ? await updateNotice(tx, notice, { dueOn: after.requestedDueOn, agreedDueOn: after.requestedDueOn })
      : { before: notice, after: notice };
    await recordChange(tx, moved, (change) => ({
      type: approve ? EventType.EXTENSION_APPROVED : EventType.EXTENSION_REFUSED,
      planId: notice.planId,
      measureId: notice.measureId,
      goalId,
      departmentId: notice.departmentId,
      actorUserId: viewer.userId,
      payload: {
        urgeNoticeId: notice.id,
        extensionRequestId: after.id,
        request: requestSnapshot(after),
        before: snapshot(change.before),
        after: snapshot(change.after),
      },
    }));
    return after;
  });
}

/** 同意延期: the office approves; the notice's reply date becomes the one asked for. */
export function approveExtension(scope: RequestScope, id: string, note: string | null): Promise<ExtensionRequestRow> {
  const viewer = authorize(scope, 'extension.approve');
  const text = note === null || note.trim() === '' ? null : checkText(note, 'note');
  return decide(scope, viewer, id, true, text);
}

/** 不同意延期: the office refuses, saying why; the reply date stands. */
export function refuseExtension(scope: RequestScope, id: string, reason: string): Promise<ExtensionRequestRow> {
  const viewer = authorize(scope, 'extension.refuse');
  return decide(scope, viewer, id, false, checkText(reason, 'reason'));
}

/**
 * What the viewer may do with a notice now, by the same policy and lifecycle the mutations apply. Extension
 * requests are read only when the role could act on them (the request's loader, shared with pendingExtension).
 */
export async function getNoticeViewerCan(scope: RequestScope, notice: UrgeNoticeRow) {
  const target = { departmentId: notice.departmentId };
  // A plan that takes no more work (archived) offers no step: the mutation would refuse it (PLAN_ARCHIVED).
  const open = planTakes(await getPlanById(scope, notice.planId), 'work');
  const step = async (name: UrgeStep) =>
    open &&
    (TRANSITIONS[name].from as readonly UrgeNoticeState[]).includes(notice.state) &&
    (await can(scope, STEP_OPERATION[name], target));
  const pending = async () =>
    (await getExtensionRequestsOf(scope, notice.id)).some((r) => r.state === ExtensionRequestState.PENDING);
  const mayRequest = open && AWAITING_REPLY.includes(notice.state) && (await can(scope, 'extension.request', target));
  const mayDecide = open && can(scope, 'extension.approve') && can(scope, 'extension.refuse');
  return {
    acknowledge: await step('acknowledge'),
    respond: await step('respond'),
    close: await step('close'),
    returnForRevision: await step('returnForRevision'),
    requestExtension: mayRequest && !(await pending()),
    decideExtension: mayDecide && (await pending()),
  };
}
