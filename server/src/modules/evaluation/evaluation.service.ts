import { requireReader } from '../../shared/access';
import { today as todayOf } from '../../shared/clock';
import type { RequestScope } from '../../shared/request-scope';
import { getReportingTallies, type ReportingTally } from '../assessment';
import {
  AssignmentRole,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
  getDepartmentsWithDutiesOfPlan,
} from '../assignment';
import { type DepartmentRow, getDepartmentsByIds, getMemberIdsOf } from '../department';
import { getIndicatorsOfPlan, type IndicatorRow } from '../indicator';
import { getMeasureIndex, type MeasureRow } from '../measure';
import { getPlanByCode, type PlanRow } from '../plan';
import { getLatestReportsOfMeasure, getMeasureProgress, progressLoaders } from '../progress';
import { getUrgeNoticesOfPlan, isOverdue, URGE_STATE_NAME, type UrgeNoticeRow, UrgeNoticeState } from '../urge';
import { IndicatorVerdict, MeasureVerdict, OpenItemKind } from './evaluation.enum';
import { countReportsByDepartment } from './evaluation.repository';
import {
  type DepartmentFacts,
  departmentReason,
  evaluationHeading,
  INDICATOR_EVALUATION_RULE,
  type IndicatorJudgement,
  judgeIndicator,
  judgeMeasure,
  MEASURE_EVALUATION_RULE,
} from './evaluation.rules';

export interface IndicatorEvaluationShape extends IndicatorJudgement {
  indicator: IndicatorRow;
  target: number | null;
  baseline: number | null;
}

export interface MeasureEvaluationShape {
  measure: MeasureRow;
  percentComplete: number;
  verdict: MeasureVerdict;
  leadDepartments: DepartmentRow[];
  reason: string;
}

export interface DepartmentRecordShape extends DepartmentFacts {
  department: DepartmentRow;
  reason: string;
}

export interface OpenItemShape {
  kind: OpenItemKind;
  title: string;
  measure: MeasureRow | null;
  department: DepartmentRow | null;
  indicator: IndicatorRow | null;
  urgeNotice: UrgeNoticeRow | null;
  reason: string;
}

export interface EvaluationSummaryShape {
  indicatorsMet: number;
  indicatorsNotMet: number;
  indicatorsQualitative: number;
  indicatorsNoData: number;
  indicatorsTotal: number;
  measuresCompleted: number;
  measuresNotCompleted: number;
  measuresNotReported: number;
  measuresTotal: number;
  openItems: number;
  reason: string;
}

export interface PlanEvaluationShape {
  plan: PlanRow;
  endsOn: string;
  evaluatedOn: string;
  final: boolean;
  rule: string;
  summary: EvaluationSummaryShape;
  indicators: IndicatorEvaluationShape[];
  measures: MeasureEvaluationShape[];
  departments: DepartmentRecordShape[];
  openItems: OpenItemShape[];
}

const countOf = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** Every indicator's final (or current) value against its target; the observations come in one batched read. */
function evaluateIndicators(
  scope: RequestScope,
  plan: PlanRow,
  indicators: readonly IndicatorRow[],
  final: boolean,
): Promise<IndicatorEvaluationShape[]> {
  const observationsOf = scope.get(progressLoaders).observationsOf;
  return Promise.all(
    indicators.map(async (indicator) => ({
      indicator,
      target: indicator.target,
      baseline: indicator.baseline,
      ...judgeIndicator(indicator, await observationsOf.load(indicator.id), plan.endsOn, final),
    })),
  );
}

/** Each measure that carries the work (a leaf: projects are the mean of these): its completion and its leads. */
function evaluateMeasures(
  scope: RequestScope,
  leaves: readonly MeasureRow[],
  final: boolean,
): Promise<MeasureEvaluationShape[]> {
  return Promise.all(
    leaves.map(async (measure) => {
      const [progress, assignments] = await Promise.all([
        getMeasureProgress(scope, measure),
        getAssignmentsOfMeasure(scope, measure),
      ]);
      const leadIds = assignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.departmentId);
      const judged = judgeMeasure(progress, final);
      return {
        measure,
        percentComplete: progress.percent,
        verdict: judged.verdict,
        leadDepartments: await getDepartmentsByIds(scope, leadIds),
        reason: judged.reason,
      };
    }),
  );
}

/** The departments evaluated: those assigned in the plan, then any other owning an indicator or receiving a notice. */
async function evaluatedDepartments(
  scope: RequestScope,
  planDepartments: readonly DepartmentRow[],
  indicators: readonly IndicatorRow[],
  notices: readonly UrgeNoticeRow[],
): Promise<DepartmentRow[]> {
  const extraIds = [
    ...new Set([...indicators.map((i) => i.departmentId), ...notices.map((n) => n.departmentId)]),
  ].filter((id) => !planDepartments.some((d) => d.id === id));
  return [...planDepartments, ...(await getDepartmentsByIds(scope, extraIds))];
}

/** What a department's record is made of, gathered once for the plan. */
interface RecordFacts {
  plan: PlanRow;
  verdictOf: ReadonlyMap<number, MeasureVerdict>;
  tallies: ReadonlyMap<number, ReportingTally>;
  reportCounts: ReadonlyMap<number, number>;
  notices: readonly UrgeNoticeRow[];
  indicators: readonly IndicatorEvaluationShape[];
}

/** One department's record: measures it leads and completed, reports filed and missed, notices, indicators. */
async function departmentRecord(
  scope: RequestScope,
  department: DepartmentRow,
  facts: RecordFacts,
): Promise<DepartmentRecordShape> {
  const { verdictOf } = facts;
  const [views, memberIds] = await Promise.all([
    getAssignmentsOfDepartment(scope, department, { planId: facts.plan.id, inherited: true }),
    getMemberIdsOf(scope, department.id),
  ]);
  const led = [
    ...new Map(
      views.filter((v) => v.role === AssignmentRole.LEAD && verdictOf.has(v.measureId)).map((v) => [v.measureId, v]),
    ).values(),
  ];
  const reporting = facts.tallies.get(department.id)!;
  // A group answers for the notices to its member units too, as it reports through them.
  const speaks = new Set([department.id, ...memberIds]);
  const own = facts.notices.filter((n) => speaks.has(n.departmentId));
  const owned = facts.indicators.filter((e) => e.indicator.departmentId === department.id);
  const record: DepartmentFacts = {
    measuresLed: led.length,
    measuresCompleted: countOf(led, (v) => verdictOf.get(v.measureId) === MeasureVerdict.COMPLETED),
    // A group (各镇、街道) reports through its member units.
    reportsFiled: [department.id, ...memberIds].reduce((sum, id) => sum + (facts.reportCounts.get(id) ?? 0), 0),
    periodsMissed: reporting.missing,
    reporting,
    noticesReceived: own.length,
    noticesOpen: countOf(own, (n) => n.state !== UrgeNoticeState.CLOSED),
    noticesOverdue: countOf(own, (n) => isOverdue(scope, n)),
    indicatorsOwned: owned.length,
    indicatorsMet: countOf(owned, (e) => e.verdict === IndicatorVerdict.MET),
    indicatorsNotMet: countOf(owned, (e) => e.verdict === IndicatorVerdict.NOT_MET),
  };
  return { department, ...record, reason: departmentReason(record) };
}

/** The headline counts: indicators and measures by verdict, and how many items remain open. */
function summarise(
  indicators: readonly IndicatorEvaluationShape[],
  measures: readonly MeasureEvaluationShape[],
  openItems: number,
  reason: string,
): EvaluationSummaryShape {
  return {
    indicatorsMet: countOf(indicators, (e) => e.verdict === IndicatorVerdict.MET),
    indicatorsNotMet: countOf(indicators, (e) => e.verdict === IndicatorVerdict.NOT_MET),
    indicatorsQualitative: countOf(indicators, (e) => e.verdict === IndicatorVerdict.QUALITATIVE),
    indicatorsNoData: countOf(indicators, (e) => e.verdict === IndicatorVerdict.NO_DATA),
    indicatorsTotal: indicators.length,
    measuresCompleted: countOf(measures, (e) => e.verdict === MeasureVerdict.COMPLETED),
    measuresNotCompleted: countOf(measures, (e) => e.verdict === MeasureVerdict.NOT_COMPLETED),
    measuresNotReported: countOf(measures, (e) => e.verdict === MeasureVerdict.NOT_REPORTED),
    measuresTotal: measures.length,
    openItems,
    reason,
  };
}

/**
 * 终期评估 of a plan (any signed-in reader): each indicator's final value against its target, each measure's
 * completion, each department's record and what remains open. Before the plan's end date the same computation
 * gives where things stand today (`final` false). Rules: evaluation.rules.ts and docs/SUPERVISION.md.
 */
export async function getPlanEvaluation(scope: RequestScope, planCode: string): Promise<PlanEvaluationShape> {
  requireReader(scope);
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  // Derived state: the same for every reader at the same standing of the data (RequestScope.derived).
  return scope.derived('evaluation.plan', plan.id, async () => {
    const evaluatedOn = todayOf(scope.clock);
    const heading = evaluationHeading(plan, evaluatedOn);
    const [index, indicatorRows, notices, reportCounts, planDepartments] = await Promise.all([
      getMeasureIndex(scope, plan.id),
      getIndicatorsOfPlan(scope, plan.id),
      getUrgeNoticesOfPlan(scope, plan.id),
      countReportsByDepartment(scope.db, plan.id),
      getDepartmentsWithDutiesOfPlan(scope, plan.id),
    ]);
    const indicators = await evaluateIndicators(scope, plan, indicatorRows, heading.final);
    const measures = await evaluateMeasures(scope, index.leavesOn(evaluatedOn), heading.final);
    const departments = await evaluatedDepartments(scope, planDepartments, indicatorRows, notices);
    // The periods owed and reported, as 考核 counts them: one rule, so the two screens agree.
    const tallies = await getReportingTallies(scope, plan, departments);
    const verdictOf = new Map(measures.map((e) => [e.measure.id, e.verdict]));
    const recordFacts: RecordFacts = { plan, verdictOf, tallies, reportCounts, notices, indicators };
    const records = await Promise.all(departments.map((d) => departmentRecord(scope, d, recordFacts)));
    const departmentById = new Map(departments.map((d) => [d.id, d]));
    const openItems = await collectOpenItems(scope, indicators, measures, notices, departmentById, index.byId);
    return {
      plan,
      endsOn: plan.endsOn,
      evaluatedOn,
      final: heading.final,
      rule: `${INDICATOR_EVALUATION_RULE}${MEASURE_EVALUATION_RULE}`,
      summary: summarise(indicators, measures, openItems.length, heading.reason),
      indicators,
      measures,
      departments: records,
      openItems,
    };
  });
}

const NO_SUBJECT = { measure: null, department: null, indicator: null, urgeNotice: null };

/** Indicators not met, or with no value. */
function openIndicators(
  indicators: readonly IndicatorEvaluationShape[],
  departmentById: ReadonlyMap<number, DepartmentRow>,
): OpenItemShape[] {
  return indicators
    .filter((e) => e.verdict === IndicatorVerdict.NOT_MET || e.verdict === IndicatorVerdict.NO_DATA)
    .map((e) => {
      const notMet = e.verdict === IndicatorVerdict.NOT_MET;
      return {
        ...NO_SUBJECT,
        kind: notMet ? OpenItemKind.INDICATOR_NOT_MET : OpenItemKind.INDICATOR_NO_DATA,
        title: `${e.indicator.name}${notMet ? '未达成目标' : '无实际值'}`,
        indicator: e.indicator,
        department: departmentById.get(e.indicator.departmentId) ?? null,
        reason: e.reason,
      };
    });
}

/** Measures not completed, with their leads. */
function openMeasures(unfinished: readonly MeasureEvaluationShape[]): OpenItemShape[] {
  return unfinished.map((e) => {
    const leads = e.leadDepartments.map((d) => d.name).join('、');
    return {
      ...NO_SUBJECT,
      kind: OpenItemKind.MEASURE_NOT_COMPLETED,
      title: `${e.measure.code} ${e.measure.title}`,
      measure: e.measure,
      department: e.leadDepartments[0] ?? null,
      reason: `${e.reason}${leads ? `；牵头：${leads}` : ''}`,
    };
  });
}

/** 存在问题: the problems a measure not completed still reports in its departments' latest reports. */
async function unresolvedProblems(
  scope: RequestScope,
  unfinished: readonly MeasureEvaluationShape[],
  departmentById: ReadonlyMap<number, DepartmentRow>,
): Promise<OpenItemShape[]> {
  const latest = await Promise.all(unfinished.map((e) => getLatestReportsOfMeasure(scope, e.measure)));
  // A member unit reporting for its group (各镇、街道) is not itself among the plan's departments.
  const reporters = new Map(departmentById);
  const missing = [...new Set(latest.flat().map((r) => r.departmentId))].filter((id) => !reporters.has(id));
  for (const d of await getDepartmentsByIds(scope, missing)) reporters.set(d.id, d);
  return unfinished.flatMap((e, i) =>
    (latest[i] ?? []).flatMap((report) => {
      const problems = report.problems?.trim();
      if (!problems) return [];
      const department = reporters.get(report.departmentId) ?? null;
      return [
        {
          ...NO_SUBJECT,
          kind: OpenItemKind.PROBLEM_UNRESOLVED,
          title: `${e.measure.code} 存在问题`,
          measure: e.measure,
          department,
          reason: `${department?.name ?? '部门'}最新报告（${report.period}）：${problems}`,
        },
      ];
    }),
  );
}

/** Notices not yet closed (办结). */
function openNotices(
  scope: RequestScope,
  notices: readonly UrgeNoticeRow[],
  departmentById: ReadonlyMap<number, DepartmentRow>,
  measureById: ReadonlyMap<number, MeasureRow>,
): OpenItemShape[] {
  return notices
    .filter((notice) => notice.state !== UrgeNoticeState.CLOSED)
    .map((notice) => {
      const measure = measureById.get(notice.measureId) ?? null;
      const department = departmentById.get(notice.departmentId) ?? null;
      return {
        ...NO_SUBJECT,
        kind: OpenItemKind.NOTICE_OPEN,
        title: `督办单 ${measure?.code ?? ''}：${clip(notice.text, 40)}`,
        measure,
        department,
        urgeNotice: notice,
        reason:
          `发给${department?.name ?? '部门'}，状态「${URGE_STATE_NAME[notice.state]}」，反馈期限 ${notice.dueOn}` +
          `${isOverdue(scope, notice) ? '，已逾期' : ''}，尚未办结`,
      };
    });
}

/** What remains open: indicators not met or without data, measures not completed, problems they report, open notices. */
async function collectOpenItems(
  scope: RequestScope,
  indicators: readonly IndicatorEvaluationShape[],
  measures: readonly MeasureEvaluationShape[],
  notices: readonly UrgeNoticeRow[],
  departmentById: ReadonlyMap<number, DepartmentRow>,
  measureById: ReadonlyMap<number, MeasureRow>,
): Promise<OpenItemShape[]> {
  const unfinished = measures.filter((e) => e.verdict !== MeasureVerdict.COMPLETED);
  return [
    ...openIndicators(indicators, departmentById),
    ...openMeasures(unfinished),
    ...(await unresolvedProblems(scope, unfinished, departmentById)),
    ...openNotices(scope, notices, departmentById, measureById),
  ];
}
