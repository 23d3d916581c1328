import type { Db } from '../../db/client';
import { planFileOf } from '../../seed/plan-export';
import { checkPlanFile } from '../../seed/plan-file';
import { DomainError, requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { DepartmentKind, getDepartments } from '../department';
import { appendEvents, EventType, type PlanHeaderSnapshot } from '../event';
import { type PlanRow, PlanState } from '../plan';
import { authorize } from '../policy';
import { authorizePlanOffice, editDraft, notDraft, refuse } from './draft';
import type { CreatePlanInput, UpdateDraftPlanInput } from './plan-editor.input';
import { insertDraftPlan, lockPlan, markPublished, readContent, updatePlanRow } from './plan-editor.repository';
import { importFlagProblems, type PublishProblem, publishProblems } from './plan-editor.rules';

const PLAN_CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const LINE_MAX = 500;

/** What PLAN_CREATED and PLAN_UPDATED record of a plan: its own fields. */
export function header(plan: PlanRow): PlanHeaderSnapshot {
  const { code, title, issuer, docNumber, issuedOn, startsOn, endsOn, summary, leadingGroupId } = plan;
  return { code, title, issuer, docNumber, issuedOn, startsOn, endsOn, summary, leadingGroupId };
}

/** PLAN_DATES_ORDER: the term's end on or after its start, and the issue date not after the end. */
export function checkDates(dates: { startsOn: string; endsOn: string; issuedOn: string | null }): void {
  if (dates.startsOn > dates.endsOn) {
    throw refuse(
      'BAD_USER_INPUT',
      'PLAN_DATES_ORDER',
      'input.endsOn',
      `结束日期 ${dates.endsOn} 早于开始日期 ${dates.startsOn}`,
    );
  }
  if (dates.issuedOn && dates.issuedOn > dates.endsOn) {
    throw refuse(
      'BAD_USER_INPUT',
      'PLAN_DATES_ORDER',
      'input.issuedOn',
      `印发日期 ${dates.issuedOn} 晚于结束日期 ${dates.endsOn}`,
    );
  }
}

/** PLAN_CODE_FORMAT: what the plans table's check allows, said in words. */
export function checkPlanCode(code: string): void {
  if (!PLAN_CODE.test(code)) {
    throw refuse(
      'BAD_USER_INPUT',
      'PLAN_CODE_FORMAT',
      'input.code',
      '方案编码须为 2–63 位小写字母、数字或连字符，且不以连字符开头',
    );
  }
}

export const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** 新建方案 (ADMIN): a draft with its header and leading group, whose office then keeps it. */
export async function createPlan(scope: RequestScope, input: CreatePlanInput): Promise<PlanRow> {
  const viewer = authorize(scope, 'plan.create');
  checkPlanCode(input.code);
  const values = {
    code: input.code,
    title: requireText(input.title, 'input.title', LINE_MAX, '方案名称'),
    issuer: requireText(input.issuer, 'input.issuer', LINE_MAX, '印发机关'),
    docNumber: optionalText(input.docNumber),
    issuedOn: input.issuedOn ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    summary: optionalText(input.summary),
  };
  checkDates(values);
  const group = (await getDepartments(scope)).find((d) => d.code === input.leadingGroupCode);
  if (!group) {
    throw refuse(
      'NOT_FOUND',
      'DEPARTMENT_NOT_FOUND',
      'input.leadingGroupCode',
      `未找到编码为「${input.leadingGroupCode}」的部门`,
    );
  }
  if (group.kind !== DepartmentKind.LEADING_GROUP) {
    throw refuse('BAD_USER_INPUT', 'NOT_A_LEADING_GROUP', 'input.leadingGroupCode', `「${group.name}」不是领导小组`);
  }
  return scope.db.transaction(async (tx) => {
    if (await lockPlan(tx, input.code)) {
      throw refuse('CONFLICT', 'PLAN_CODE_TAKEN', 'input.code', `方案编码「${input.code}」已被使用`);
    }
    const { after } = await insertDraftPlan(tx, { ...values, leadingGroupId: group.id });
    await appendEvents(tx, [
      {
        type: EventType.PLAN_CREATED,
        planId: after.id,
        actorUserId: viewer.userId,
        payload: { code: after.code, before: null, after: header(after) },
      },
    ]);
    return after;
  });
}

/** Changes a draft's own fields: title, issuer, 文号, dates, preamble. */
export function updateDraftPlan(scope: RequestScope, input: UpdateDraftPlanInput): Promise<PlanRow> {
  return editDraft(scope, input.planCode, async ({ tx, content }) => {
    const before = content.plan;
    const values = {
      title: input.title === undefined ? before.title : requireText(input.title, 'input.title', LINE_MAX, '方案名称'),
      issuer:
        input.issuer === undefined ? before.issuer : requireText(input.issuer, 'input.issuer', LINE_MAX, '印发机关'),
      docNumber: input.docNumber === undefined ? before.docNumber : optionalText(input.docNumber),
      issuedOn: input.issuedOn === undefined ? before.issuedOn : input.issuedOn,
      startsOn: input.startsOn ?? before.startsOn,
      endsOn: input.endsOn ?? before.endsOn,
      summary: input.summary === undefined ? before.summary : optionalText(input.summary),
    };
    checkDates(values);
    const updated = await updatePlanRow(tx, before, values);
    return {
      change: { kind: 'PLAN_UPDATED', before: header(updated.before), after: header(updated.after) },
      result: updated.after,
    };
  });
}

/** PLAN_NOT_PUBLISHABLE: every problem of the draft at once, each naming its item (`extensions.problems`). */
function notPublishable(code: string, problems: PublishProblem[]): DomainError {
  const error = refuse(
    'BAD_USER_INPUT',
    'PLAN_NOT_PUBLISHABLE',
    'planCode',
    `方案「${code}」还有 ${problems.length} 处问题，不能发布：${problems.map((p) => p.message).join('；')}`,
  );
  (error.extensions as Record<string, unknown>).problems = problems;
  return error;
}

/** What stands between the draft and publishing, read in the transaction that would publish it. */
export async function problemsOf(tx: Db, plan: PlanRow): Promise<PublishProblem[]> {
  const file = await planFileOf(tx, plan);
  return publishProblems(file, checkPlanFile(file).problems);
}

/**
 * 发布: checks the whole draft (every problem listed at once, each naming its item), then puts it in force
 * (ACTIVE, publishedAt) with one PLAN_PUBLISHED event. The departments it assigns see it from then on.
 */
export async function publishPlan(scope: RequestScope, planCode: string): Promise<PlanRow> {
  const viewer = await authorizePlanOffice(scope, planCode, 'plan.publish');
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, planCode);
    if (!plan) throw refuse('NOT_FOUND', 'PLAN_NOT_FOUND', 'planCode', `未找到编码为「${planCode}」的方案`);
    if (plan.state !== PlanState.DRAFT) throw notDraft(plan.code, plan.state);
    const content = await readContent(tx, plan);
    const problems = [...(await problemsOf(tx, plan)), ...importFlagProblems(content)];
    if (problems.length > 0) throw notPublishable(plan.code, problems);
    const { after } = await markPublished(tx, plan, scope.clock.now());
    await appendEvents(tx, [
      {
        type: EventType.PLAN_PUBLISHED,
        planId: plan.id,
        actorUserId: viewer.userId,
        payload: {
          code: plan.code,
          publishedAt: after.publishedAt ?? scope.clock.now(),
          goals: content.goals.length,
          measures: content.measures.length,
          indicators: content.indicators.length,
          departmentIds: [...new Set(content.assignments.map((a) => a.departmentId))],
        },
      },
    ]);
    return after;
  });
}
