import { today } from '../../shared/clock';
import { requireText } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import { AssignmentRole, getAssignmentsOfMeasure } from '../assignment';
import { type DepartmentRow, getDepartments } from '../department';
import { getPlanEvaluation, MeasureVerdict, type PlanEvaluationShape } from '../evaluation';
import { appendEvents, EventType } from '../event';
import {
  canSeePlan,
  getPlanByCode,
  getPlanById,
  getPlans,
  PlanLifecycle,
  type PlanRow,
  planLifecycle,
  planOfficeTarget,
} from '../plan';
import { authorize } from '../policy';
import { getLatestReportsOfMeasure, newestFirst } from '../progress';
import { refuse } from './draft';
import { insertDraftPlan, lockPlan, readContent } from './plan-editor.repository';
import { checkDates, checkPlanCode, header, optionalText } from './plan-editor.service';
import type { StartSuccessorPlanInput } from './successor.input';
import { insertAssignments, insertGoals, insertIndicators, insertMeasures } from './successor.repository';
import { carriedDuties, carriedTree, currentHolder, dayAfter, type RegisterUnit, yearOf } from './successor.rules';
import type { SuccessorCandidatesShape, SuccessorIndicatorShape, SuccessorMeasureShape } from './successor.type';

const LINE_MAX = 500;

/**
 * The office of an ended plan (or an ADMIN), on a plan past its term: ENDED, or ARCHIVED (closing it first and
 * starting the next one after is as good an order as the reverse). CONFLICT PLAN_NOT_ENDED on a draft or a plan
 * still running.
 */
async function authorizeSuccession(scope: RequestScope, planCode: string, field: string): Promise<[Viewer, PlanRow]> {
  authorize(scope, 'plan.succeed');
  const plan = await getPlanByCode(scope, planCode, field);
  const viewer = await authorize(scope, 'plan.succeed', { ...planOfficeTarget(scope, plan), field });
  const lifecycle = planLifecycle(plan, today(scope.clock));
  if (lifecycle !== PlanLifecycle.ENDED && lifecycle !== PlanLifecycle.ARCHIVED) {
    const now = lifecycle === PlanLifecycle.DRAFT ? '草稿' : '实施中';
    throw refuse(
      'CONFLICT',
      'PLAN_NOT_ENDED',
      field,
      `方案「${plan.title}」当前为「${now}」，只有已结束（过了实施期）的方案才能启动接续方案`,
    );
  }
  return [viewer, plan];
}

const registerOf = (units: readonly DepartmentRow[]): Map<number, RegisterUnit & DepartmentRow> =>
  new Map(units.map((d) => [d.id, d]));

/** The measures the evaluation leaves unfinished (not completed, or never reported), withdrawn ones left out. */
function unfinishedOf(evaluation: PlanEvaluationShape) {
  return evaluation.measures.filter((e) => e.verdict !== MeasureVerdict.COMPLETED && e.measure.withdrawnOn === null);
}

/**
 * 接续方案的候选: an ended plan's measures the evaluation leaves unfinished, each with its leads, last report and the
 * units the successor would give it; and every indicator with its final value, the successor's baseline. The
 * evaluation's own figures, so that this screen and 终期评估 cannot disagree.
 */
export async function getSuccessorCandidates(scope: RequestScope, planCode: string): Promise<SuccessorCandidatesShape> {
  const [, plan] = await authorizeSuccession(scope, planCode, 'planCode');
  const [evaluation, units] = await Promise.all([getPlanEvaluation(scope, plan.code), getDepartments(scope)]);
  const register = registerOf(units);
  const holder = (id: number) => {
    const held = currentHolder(register, id);
    return held === null ? null : (register.get(held) ?? null);
  };
  const measures = await Promise.all(
    unfinishedOf(evaluation).map(async (e): Promise<SuccessorMeasureShape> => {
      const [latest, views] = await Promise.all([
        getLatestReportsOfMeasure(scope, e.measure),
        getAssignmentsOfMeasure(scope, e.measure),
      ]);
      const last = [...latest].sort(newestFirst)[0] ?? null;
      const duties = carriedDuties(
        views.map((v, position) => ({ departmentId: v.departmentId, role: v.role, position })),
        register,
      );
      const unitsIn = (role: AssignmentRole) =>
        duties.filter((d) => d.role === role).flatMap((d) => register.get(d.departmentId) ?? []);
      return {
        measure: e.measure,
        verdict: e.verdict,
        percentComplete: e.percentComplete,
        lastStatus: last?.status ?? null,
        lastPeriod: last?.period ?? null,
        reason: e.reason,
        leadDepartments: e.leadDepartments,
        carriedLeadDepartments: unitsIn(AssignmentRole.LEAD),
        carriedParticipants: unitsIn(AssignmentRole.PARTICIPANT),
      };
    }),
  );
  const indicators = evaluation.indicators.map(
    (e): SuccessorIndicatorShape => ({
      indicator: e.indicator,
      verdict: e.verdict,
      finalValue: e.finalValue,
      finalAsOf: e.finalAsOf,
      baselineYear: e.finalValue === null || e.finalAsOf === null ? null : yearOf(e.finalAsOf),
      target: e.target,
      department: holder(e.indicator.departmentId),
    }),
  );
  return { plan, earliestStart: dayAfter(plan.endsOn), measures, indicators };
}

/** Each code once, in the order given. */
const distinct = (codes: readonly string[]) => [...new Set(codes.map((c) => c.trim()))];

/**
 * 启动接续方案: a draft kept by the ended plan's leading group (so by the same office), with the chosen unfinished
 * measures (their projects with them, codes kept; lead and participating units as they stand today: merged units
 * mapped to their successor, retired ones dropped), the goals they and the chosen indicators serve, and the chosen
 * indicators with the final value as baseline (its year as baseline year) and the old target kept, due at the new
 * term's end. One transaction, recording PLAN_CREATED on the draft and PLAN_SUCCEEDED on the ended plan; a refusal
 * names its item and writes nothing.
 */
export async function startSuccessorPlan(scope: RequestScope, input: StartSuccessorPlanInput): Promise<PlanRow> {
  const [viewer, ended] = await authorizeSuccession(scope, input.planCode, 'input.planCode');
  checkPlanCode(input.code);
  const values = {
    code: input.code,
    title: requireText(input.title, 'input.title', LINE_MAX, '方案名称'),
    docNumber: optionalText(input.docNumber),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  };
  checkDates({ ...values, issuedOn: null });
  if (values.startsOn <= ended.endsOn) {
    throw refuse(
      'BAD_USER_INPUT',
      'SUCCESSOR_STARTS_TOO_EARLY',
      'input.startsOn',
      `接续方案须在原方案结束（${ended.endsOn}）之后开始，最早 ${dayAfter(ended.endsOn)}`,
    );
  }
  const measureCodes = distinct(input.carryMeasureCodes);
  const indicatorCodes = distinct(input.carryIndicatorCodes ?? []);
  const [evaluation, units] = await Promise.all([getPlanEvaluation(scope, ended.code), getDepartments(scope)]);
  const register = registerOf(units);
  const unfinished = new Set(unfinishedOf(evaluation).map((e) => e.measure.code));
  const verdictOf = new Map(evaluation.measures.map((e) => [e.measure.code, e]));
  const finalOf = new Map(evaluation.indicators.map((e) => [e.indicator.code, e]));

  return scope.db.transaction(async (tx) => {
    const content = await readContent(tx, ended);
    const measureByCode = new Map(content.measures.map((m) => [m.code, m]));
    const chosen = measureCodes.map((code, i) => {
      const measure = measureByCode.get(code);
      const field = `input.carryMeasureCodes[${i}]`;
      if (!measure) {
        throw refuse('NOT_FOUND', 'MEASURE_NOT_FOUND', field, `原方案中没有编号为「${code}」的措施`);
      }
      if (!unfinished.has(code)) {
        const judged = verdictOf.get(code);
        if (judged?.verdict === MeasureVerdict.COMPLETED) {
          throw refuse(
            'BAD_USER_INPUT',
            'MEASURE_FINISHED',
            field,
            `措施「${code} ${measure.title}」已完成（${judged.reason}），不需接续`,
          );
        }
        const why = judged ? '已撤销' : '不是具体措施：其下未完成的措施接续时，它随之带入';
        throw refuse('BAD_USER_INPUT', 'MEASURE_NOT_CARRIED', field, `「${code} ${measure.title}」${why}`);
      }
      return measure;
    });
    const indicatorByCode = new Map(content.indicators.map((ind) => [ind.code, ind]));
    const chosenIndicators = indicatorCodes.map((code, i) => {
      const indicator = indicatorByCode.get(code);
      const field = `input.carryIndicatorCodes[${i}]`;
      if (!indicator) throw refuse('NOT_FOUND', 'INDICATOR_NOT_FOUND', field, `原方案中没有编号为「${code}」的指标`);
      const departmentId = currentHolder(register, indicator.departmentId);
      if (departmentId === null) {
        const unit = register.get(indicator.departmentId);
        throw refuse(
          'BAD_USER_INPUT',
          'DEPARTMENT_RETIRED',
          field,
          `指标「${indicator.name}」的责任单位「${unit?.name ?? ''}」已撤销且无承接单位：请不接续该指标，在新方案中另行设置`,
        );
      }
      return { indicator, departmentId };
    });
    if (await lockPlan(tx, values.code)) {
      throw refuse('CONFLICT', 'PLAN_CODE_TAKEN', 'input.code', `方案编码「${values.code}」已被使用`);
    }

    const { after: draft } = await insertDraftPlan(tx, {
      ...values,
      issuer: ended.issuer,
      issuedOn: null,
      summary: null,
      leadingGroupId: ended.leadingGroupId,
      predecessorId: ended.id,
    });

    // The tree: the chosen measures with their ancestors, inserted level by level (a parent before its children).
    const tree = carriedTree(
      content.measures,
      chosen.map((m) => m.id),
    );
    const byOldId = new Map(content.measures.map((m) => [m.id, m]));
    const depthOf = (id: number): number => {
      const parentId = byOldId.get(id)?.parentId ?? null;
      return parentId === null ? 0 : 1 + depthOf(parentId);
    };

    // The goals the carried measures and indicators serve, in the ended plan's order.
    const goalIds = new Set([
      ...tree.flatMap((m) => (m.goalId === null ? [] : [m.goalId])),
      ...chosenIndicators.map((c) => c.indicator.goalId),
    ]);
    const newGoals = await insertGoals(
      tx,
      content.goals
        .filter((g) => goalIds.has(g.id))
        .map((g, position) => ({
          planId: draft.id,
          code: g.code,
          position,
          title: g.title,
          description: g.description,
        })),
    );
    const goalIdByCode = new Map(newGoals.map((g) => [g.code, g.id]));
    const newGoalId = (oldId: number | null) => {
      if (oldId === null) return null;
      const code = content.goals.find((g) => g.id === oldId)?.code;
      return code === undefined ? null : (goalIdByCode.get(code) ?? null);
    };

    const newMeasureId = new Map<number, number>();
    const deepest = Math.max(-1, ...tree.map((m) => depthOf(m.id)));
    for (let depth = 0; depth <= deepest; depth++) {
      const level = tree.filter((m) => depthOf(m.id) === depth);
      const inserted = await insertMeasures(
        tx,
        level.map((m) => ({
          planId: draft.id,
          parentId: m.parentId === null ? null : (newMeasureId.get(m.parentId) ?? null),
          goalId: newGoalId(m.goalId),
          code: m.code,
          kind: m.kind,
          position: tree.indexOf(m),
          title: m.title,
          description: m.description,
        })),
      );
      const idByCode = new Map(inserted.map((row) => [row.code, row.id]));
      for (const m of level) newMeasureId.set(m.id, idByCode.get(m.code)!);
    }

    await insertAssignments(
      tx,
      tree.flatMap((m) =>
        carriedDuties(
          content.assignments.filter((a) => a.measureId === m.id),
          register,
        ).map((d) => ({ ...d, planId: draft.id, measureId: newMeasureId.get(m.id)!, since: null })),
      ),
    );

    await insertIndicators(
      tx,
      chosenIndicators.map(({ indicator, departmentId }, position) => {
        const final = finalOf.get(indicator.code);
        const baseline = final?.finalValue ?? null;
        return {
          planId: draft.id,
          goalId: newGoalId(indicator.goalId)!,
          measureId: indicator.measureId === null ? null : (newMeasureId.get(indicator.measureId) ?? null),
          departmentId,
          code: indicator.code,
          position,
          name: indicator.name,
          unit: indicator.unit,
          baseline,
          baselineYear: baseline === null || !final?.finalAsOf ? null : yearOf(final.finalAsOf),
          // The old target until the office sets the new term's: due at the new term's end.
          target: indicator.target,
          targetDate: values.endsOn,
          direction: indicator.direction,
          targetKind: indicator.targetKind,
          targetText: indicator.targetText,
        };
      }),
    );

    await appendEvents(tx, [
      {
        type: EventType.PLAN_CREATED,
        planId: draft.id,
        actorUserId: viewer.userId,
        payload: { code: draft.code, before: null, after: header(draft) },
      },
      {
        type: EventType.PLAN_SUCCEEDED,
        planId: ended.id,
        actorUserId: viewer.userId,
        payload: {
          code: ended.code,
          successorCode: draft.code,
          successorPlanId: draft.id,
          carriedMeasureCodes: chosen.map((m) => m.code),
        },
      },
    ]);
    return draft;
  });
}

/** 接续自: the plan this one succeeds, when the viewer may see it. */
export function getPredecessor(scope: RequestScope, plan: PlanRow): MaybePromise<PlanRow | null> {
  if (plan.predecessorId === null) return null;
  return andThen(getPlanById(scope, plan.predecessorId), (predecessor) =>
    andThen(canSeePlan(scope, predecessor), (seen) => (seen ? predecessor : null)),
  );
}

/** 接续方案: the plans started from this one that the viewer may see (a draft only its office and admins). */
export function getSuccessors(scope: RequestScope, plan: PlanRow): MaybePromise<PlanRow[]> {
  return andThen(getPlans(scope), (list) => list.filter((p) => p.predecessorId === plan.id));
}
