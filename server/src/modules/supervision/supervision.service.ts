import './derived-change';
import { today as todayOf } from '../../shared/clock';
import { type DerivedChange, unlessIndicatorTouched, unlessMeasureTouched } from '../../shared/derived-cache';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import {
  AssignmentRole,
  type AssignmentView,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
  getDutyTermsOfMeasure,
} from '../assignment';
import { getWorkingCalendar, type WorkingCalendar } from '../calendar';
import { actsFor, type DepartmentRow } from '../department';
import { EventType, recordChange } from '../event';
import { getIndicatorsOfPlan, type IndicatorRow, targetRevisedNote } from '../indicator';
import { getMeasureByCode, getMeasureIndex, type MeasureIndex, MeasureKind, type MeasureRow } from '../measure';
import { filingPeriod, ReportingCycle } from '../period';
import type { PlanPhase } from '../plan';
import { getPlanById, getWritablePlan, type PlanRow, PlanState, planOfficeTarget } from '../plan';
import { authorize } from '../policy';
import {
  getLatestReportOfAssignment,
  getMeasureProgress,
  latestOfPlan,
  newestFirst,
  type ProgressReportRow,
  ProgressStatus,
  progressLoaders,
  refreshLatestReports,
} from '../progress';
import { assessIndicator, type IndicatorAssessmentResult } from './indicator-assessment.rules';
import { VerdictCause, WarningLevel } from './supervision.enum';
import type { SetReportingCycleInput } from './supervision.input';
import { type PlanCycles, reportedPeriodsByMeasure, supervisionLoaders } from './supervision.loader';
import { listReportedPeriodsOfMeasures, replaceReportingCycle } from './supervision.repository';
import {
  allPartsWithdrawnWarning,
  countLevels,
  DEFAULT_DUE_WORKING_DAY,
  type DutySpan,
  expectedProgress,
  leafWarning,
  measureDutySpan,
  planPhase,
  type ReportedPeriod,
  type ReportingState,
  type RolledUpWarning,
  reportingState,
  rollUp,
  type Schedule,
  type WarningCounts,
  type WarningResult,
  withdrawalSpan,
  withdrawnWarning,
} from './supervision.rules';

/** A warning as the API shows it: the rule's result, the date it holds for, and counts for roll-ups. */
export interface Warning extends WarningResult {
  asOf: string;
  counts: WarningCounts | null;
}

/** Everything the rules need about one plan, read once per request (calendar, cycles, periods, latest reports). */
interface PlanFacts {
  plan: PlanRow;
  today: string;
  calendar: WorkingCalendar;
  cycles: PlanCycles;
  reported: Map<number, Map<number, ReportedPeriod[]>>;
  latest: Map<number, ProgressReportRow[]>;
  index: MeasureIndex;
}

/**
 * A plan's facts, and below the warnings built on them, are derived state: computed once for every request at the
 * same standing of the data (RequestScope.derived), not on every read. When only reports changed, the facts keep
 * all but the touched measures' reports, read again in two statements.
 */
function planFacts(scope: RequestScope, planId: number): Promise<PlanFacts> {
  return scope.derived(
    'supervision.facts',
    planId,
    async () => {
      const loaders = scope.get(supervisionLoaders);
      const [plan, calendar, cycles, reported, latest, index] = await Promise.all([
        getPlanById(scope, planId),
        getWorkingCalendar(scope),
        loaders.cyclesOfPlan.load(planId),
        loaders.reportedPeriodsOfPlan.load(planId),
        latestOfPlan(scope, planId),
        getMeasureIndex(scope, planId),
      ]);
      return { plan, today: todayOf(scope.clock), calendar, cycles, reported, latest: latest.byMeasure, index };
    },
    (id, value, change, by) =>
      change.planIds.has(id) ? value.then((facts) => refreshFacts(by, facts, change)) : value,
  );
}

/** The facts with the touched measures' reported periods and latest reports read again. */
async function refreshFacts(scope: RequestScope, facts: PlanFacts, change: DerivedChange): Promise<PlanFacts> {
  const measureIds = [...change.measureIds].filter((id) => facts.index.byId.has(id));
  if (measureIds.length === 0) return facts;
  const touched = new Set(measureIds);
  const [rows, latest] = await Promise.all([
    listReportedPeriodsOfMeasures(scope.db, measureIds),
    refreshLatestReports(scope, facts.plan.id, facts.latest, touched),
  ]);
  const fresh = reportedPeriodsByMeasure(rows);
  const reported = new Map(facts.reported);
  for (const id of measureIds) {
    const periods = fresh.get(id);
    if (periods) reported.set(id, periods);
    else reported.delete(id);
  }
  return { ...facts, reported, latest: latest.byMeasure };
}

/** A measure's cadence: its own, else its nearest ancestor's, else the plan's, else monthly; due day from the plan. */
function scheduleOf(facts: Pick<PlanFacts, 'cycles' | 'index'>, measure: MeasureRow | null): Schedule {
  const dueWorkingDay = facts.cycles.plan?.dueWorkingDay ?? DEFAULT_DUE_WORKING_DAY;
  for (const node of measure ? facts.index.lineage(measure) : []) {
    const row = facts.cycles.byMeasure.get(node.id);
    if (row) return { cycle: row.cycle, dueWorkingDay };
  }
  return { cycle: facts.cycles.plan?.cycle ?? ReportingCycle.MONTHLY, dueWorkingDay };
}

interface Standing {
  state: ReportingState;
  latest: ProgressReportRow | null;
}

/** Reporting on a leaf measure by the given departments: the periods they have reported and their newest report. */
async function standingOf(
  scope: RequestScope,
  facts: PlanFacts,
  measure: MeasureRow,
  departmentIds: ReadonlySet<number>,
  span: DutySpan = withdrawalSpan(measure),
): Promise<Standing> {
  const periods: ReportedPeriod[] = [];
  for (const [reporterId, reported] of facts.reported.get(measure.id) ?? []) {
    if (await actsFor(scope, reporterId, departmentIds)) periods.push(...reported);
  }
  const latest: ProgressReportRow[] = [];
  for (const report of facts.latest.get(measure.id) ?? []) {
    if (await actsFor(scope, report.departmentId, departmentIds)) latest.push(report);
  }
  return {
    state: reportingState(facts.plan, scheduleOf(facts, measure), periods, facts.today, facts.calendar, span),
    latest: latest.sort(newestFirst)[0] ?? null,
  };
}

/** The departments answerable for a leaf measure's reports: its leads, or every assigned department when none leads. */
async function answerable(scope: RequestScope, measure: MeasureRow): Promise<Set<number>> {
  const views = await getAssignmentsOfMeasure(scope, measure);
  const leads = views.filter((view) => view.role === AssignmentRole.LEAD);
  return new Set((leads.length > 0 ? leads : views).map((view) => view.departmentId));
}

/**
 * Whose reports speak for a leaf measure as a whole: the departments answerable now and the leads a revision
 * replaced (their reports answered for the periods they owed: 原牵头单位's reports stay its own and still count).
 */
async function answerableOverTerm(
  scope: RequestScope,
  measure: MeasureRow,
): Promise<{ departmentIds: Set<number>; span: DutySpan }> {
  const [now, terms] = await Promise.all([answerable(scope, measure), getDutyTermsOfMeasure(scope, measure)]);
  for (const term of terms) if (term.until !== null && term.role === AssignmentRole.LEAD) now.add(term.departmentId);
  return { departmentIds: now, span: measureDutySpan(terms, measure) };
}

/** The standing of a leaf measure as a whole: every answerable unit's reports, over the span the measure owes. */
function measureStanding(
  scope: RequestScope,
  facts: PlanFacts,
  measure: MeasureRow,
): Promise<Standing & { span: DutySpan }> {
  return scope.derived(
    'supervision.measureStanding',
    measure.id,
    async () => {
      const { departmentIds, span } = await answerableOverTerm(scope, measure);
      return { ...(await standingOf(scope, facts, measure, departmentIds, span)), span };
    },
    unlessMeasureTouched(),
  );
}

/** A department's own duty span on a leaf: from the day its duty began (its `since`) to the measure's withdrawal. */
const viewSpan = (view: AssignmentView, measure: MeasureRow): DutySpan => ({
  since: view.since ?? null,
  until: withdrawalSpan(measure).until,
});

/**
 * The plan's period as a duty sees it: 序时进度 runs from the day the duty began (a measure a revision added, a lead
 * that took over) rather than the plan's start.
 */
const dutyTerm = (facts: PlanFacts, span: DutySpan): PlanFacts['plan'] =>
  span.since && span.since > facts.plan.startsOn ? { ...facts.plan, startsOn: span.since } : facts.plan;

const finish = (facts: PlanFacts, warning: WarningResult | RolledUpWarning): Warning => ({
  ...warning,
  asOf: facts.today,
  counts: 'counts' in warning ? warning.counts : null,
});

/** 报送情况 of a leaf measure (null for a project or measure with parts: they report through their parts). */
export async function getMeasureReporting(scope: RequestScope, measure: MeasureRow): Promise<ReportingState | null> {
  const facts = await planFacts(scope, measure.planId);
  if (!facts.index.isLeaf(measure)) return null;
  return (await measureStanding(scope, facts, measure)).state;
}

/** 三色预警 of a measure: a leaf by the leaf rule on its lead departments' reports; a project by the roll-up rule. */
export function getMeasureWarning(scope: RequestScope, measure: MeasureRow): Promise<Warning> {
  return scope.derived(
    'supervision.measureWarning',
    measure.id,
    async () => {
      const facts = await planFacts(scope, measure.planId);
      if (facts.index.isWithdrawn(measure, facts.today)) return finish(facts, withdrawnWarning(measure));
      const children = facts.index.activeChildrenOf(measure.id, facts.today);
      if (!facts.index.isLeaf(measure) && children.length === 0) return finish(facts, allPartsWithdrawnWarning());
      if (children.length > 0) {
        const parts = await Promise.all(
          children.map(async (child) => ({ label: child.code, warning: await getMeasureWarning(scope, child) })),
        );
        return finish(facts, rollUp(measure.kind === MeasureKind.PROJECT ? '工程' : '措施', parts));
      }
      const standing = await measureStanding(scope, facts, measure);
      const progress = await getMeasureProgress(scope, measure);
      return finish(
        facts,
        leafWarning(dutyTerm(facts, standing.span), facts.today, standing.state, standing.latest, progress.percent),
      );
    },
    unlessMeasureTouched(),
  );
}

/** 报送情况 of one department's part in a leaf measure: its own reports (or its member units', for a group). */
export async function getAssignmentReporting(
  scope: RequestScope,
  view: AssignmentView,
): Promise<ReportingState | null> {
  const key = `${view.measureId}:${view.departmentId}:${view.since ?? ''}`;
  return scope.derived(
    'supervision.assignmentReporting',
    key,
    async () => {
      const facts = await planFacts(scope, view.planId);
      const measure = facts.index.byId.get(view.measureId);
      if (!measure || !facts.index.isLeaf(measure)) return null;
      return (await standingOf(scope, facts, measure, new Set([view.departmentId]), viewSpan(view, measure))).state;
    },
    unlessMeasureTouched(),
  );
}

/**
 * Whether a department's part in a measure owes reports of its own: a leaf's answerable departments (its leads, or
 * every assigned department when none leads) do; a participant beside a lead does not (配合单位不单独报送). A
 * project: when it owes them for any of its measures.
 */
export async function getAssignmentOwesReports(scope: RequestScope, view: AssignmentView): Promise<boolean> {
  const facts = await planFacts(scope, view.planId);
  const measure = facts.index.byId.get(view.measureId);
  if (!measure) throw new Error(`measure ${view.measureId} not in plan ${view.planId}`);
  if (facts.index.isWithdrawn(measure, facts.today)) return false;
  const children = facts.index.activeChildrenOf(measure.id, facts.today);
  if (!facts.index.isLeaf(measure) && children.length === 0) return false;
  if (children.length === 0) return (await answerable(scope, measure)).has(view.departmentId);
  for (const child of children)
    if (await getAssignmentOwesReports(scope, { ...view, measureId: child.id })) return true;
  return false;
}

/**
 * 三色预警 of a department's part in a measure. A lead answers for its own reports by the leaf rule; a participant
 * owes no reports of its own and shares the measure's warning. On a project: the roll-up of its measures.
 */
export function getAssignmentWarning(scope: RequestScope, view: AssignmentView): Promise<Warning> {
  const key = `${view.measureId}:${view.departmentId}:${view.role}`;
  return scope.derived(
    'supervision.assignmentWarning',
    key,
    async () => {
      const facts = await planFacts(scope, view.planId);
      const measure = facts.index.byId.get(view.measureId);
      if (!measure) throw new Error(`measure ${view.measureId} not in plan ${view.planId}`);
      if (facts.index.isWithdrawn(measure, facts.today)) return finish(facts, withdrawnWarning(measure));
      const children = facts.index.activeChildrenOf(measure.id, facts.today);
      if (!facts.index.isLeaf(measure) && children.length === 0) return finish(facts, allPartsWithdrawnWarning());
      if (children.length > 0) {
        const parts = await Promise.all(
          children.map(async (child) => ({
            label: child.code,
            warning: await getAssignmentWarning(scope, { ...view, measureId: child.id }),
          })),
        );
        return finish(facts, rollUp(measure.kind === MeasureKind.PROJECT ? '工程' : '措施', parts));
      }
      if (!(await answerable(scope, measure)).has(view.departmentId)) {
        const shared = await getMeasureWarning(scope, measure);
        return { ...shared, reason: `配合单位不单独报送，随措施：${shared.reason}` };
      }
      const span = viewSpan(view, measure);
      const standing = await standingOf(scope, facts, measure, new Set([view.departmentId]), span);
      return finish(facts, leafWarning(dutyTerm(facts, span), facts.today, standing.state, standing.latest));
    },
    unlessMeasureTouched(),
  );
}

/**
 * 三色预警 of a goal: the roll-up of the projects serving it (or of its measures, when no project does) and of its
 * indicators' assessments: a goal whose work is reported on time but whose indicator falls behind its path is not
 * green.
 */
export async function getGoalWarning(scope: RequestScope, planId: number, goalId: number): Promise<Warning> {
  return scope.derived('supervision.goalWarning', `${planId}:${goalId}`, async () => {
    const facts = await planFacts(scope, planId);
    const serving = facts.index.servingGoalOf(goalId).filter((m) => !facts.index.isWithdrawn(m, facts.today));
    const projects = serving.filter((m) => m.kind === MeasureKind.PROJECT);
    const nodes = projects.length > 0 ? projects : serving.filter((m) => facts.index.isLeaf(m));
    const indicators = (await getIndicatorsOfPlan(scope, planId)).filter((indicator) => indicator.goalId === goalId);
    const parts = await Promise.all([
      ...nodes.map(async (node) => ({ label: node.code, warning: await getMeasureWarning(scope, node) })),
      ...indicators.map(async (indicator) => {
        const assessment = await getIndicatorAssessment(scope, indicator);
        return {
          label: `指标「${indicator.name}」`,
          warning: {
            level: assessment.level,
            reason: assessment.reason,
            reasons: [assessment.reason],
            dueOn: null,
            rule: '指标评估：实际值对照基期至目标的路径与趋势预测',
            cause:
              assessment.level === WarningLevel.RED || assessment.level === WarningLevel.YELLOW
                ? VerdictCause.INDICATOR
                : VerdictCause.ON_TRACK,
            details: [],
          },
        };
      }),
    ]);
    return finish(facts, rollUp('目标', parts));
  });
}

/** 三色预警 of a plan: the roll-up of its projects and safeguards. */
export async function getPlanWarning(scope: RequestScope, planId: number): Promise<Warning> {
  return scope.derived('supervision.planWarning', planId, async () => {
    const facts = await planFacts(scope, planId);
    const top = facts.index.activeChildrenOf(null, facts.today);
    const parts = await Promise.all(
      top.map(async (node) => ({ label: node.code, warning: await getMeasureWarning(scope, node) })),
    );
    return finish(facts, rollUp('方案', parts));
  });
}

/** How many of a plan's measures that carry the work (leaves) are at each level. */
export async function getPlanWarningCounts(scope: RequestScope, planId: number): Promise<WarningCounts> {
  return scope.derived('supervision.planWarningCounts', planId, async () => {
    const facts = await planFacts(scope, planId);
    const leaves = facts.index.leavesOn(facts.today);
    const levels: WarningLevel[] = await Promise.all(
      leaves.map(async (m) => (await getMeasureWarning(scope, m)).level),
    );
    return countLevels(levels);
  });
}

/** 三色预警 of a department in a plan: the roll-up of the measures it leads (by its own reports). */
export async function getDepartmentWarning(
  scope: RequestScope,
  department: DepartmentRow,
  planId: number,
): Promise<Warning> {
  return scope.derived('supervision.departmentWarning', `${planId}:${department.id}`, async () => {
    const facts = await planFacts(scope, planId);
    const views = await getAssignmentsOfDepartment(scope, department, { planId, inherited: true });
    const leads = views.filter((view) => {
      const measure = facts.index.byId.get(view.measureId)!;
      return (
        view.role === AssignmentRole.LEAD &&
        facts.index.isLeaf(measure) &&
        !facts.index.isWithdrawn(measure, facts.today)
      );
    });
    const unique = [...new Map(leads.map((view) => [view.measureId, view])).values()];
    const parts = await Promise.all(
      unique.map(async (view) => ({
        label: facts.index.byId.get(view.measureId)!.code,
        warning: await getAssignmentWarning(scope, view),
      })),
    );
    return finish(facts, rollUp('部门', parts));
  });
}

/**
 * The verdict of a department in a plan: the roll-up of every measure it answers for, those it leads by its own
 * reports and those it takes part in (配合) by the measure's. A department that only takes part is judged by how the
 * work it shares is going, never shown as 未开始 while that work is under way; `leads` says whether it owes anything
 * itself, so that its verdict can say it only takes part.
 */
export async function getDepartmentVerdictWarning(
  scope: RequestScope,
  department: DepartmentRow,
  planId: number,
): Promise<{ warning: Warning; leads: boolean }> {
  return scope.derived('supervision.departmentVerdict', `${planId}:${department.id}`, async () => {
    const facts = await planFacts(scope, planId);
    const views = await getAssignmentsOfDepartment(scope, department, { planId, inherited: true });
    const byMeasure = new Map<number, AssignmentView>();
    for (const view of views) {
      const measure = facts.index.byId.get(view.measureId);
      if (!measure || !facts.index.isLeaf(measure) || facts.index.isWithdrawn(measure, facts.today)) continue;
      const known = byMeasure.get(view.measureId);
      if (!known || (known.role !== AssignmentRole.LEAD && view.role === AssignmentRole.LEAD)) {
        byMeasure.set(view.measureId, view);
      }
    }
    const parts = await Promise.all(
      [...byMeasure.values()].map(async (view) => {
        const measure = facts.index.byId.get(view.measureId)!;
        return view.role === AssignmentRole.LEAD
          ? { label: measure.code, warning: await getAssignmentWarning(scope, view) }
          : { label: `${measure.code}（配合）`, warning: await getMeasureWarning(scope, measure) };
      }),
    );
    const leads = [...byMeasure.values()].some((view) => view.role === AssignmentRole.LEAD);
    return { warning: finish(facts, rollUp('部门', parts)), leads };
  });
}

export interface DepartmentStandingCounts {
  leads: number;
  participates: number;
  measures: number;
  owing: number;
  reportedThisPeriod: number;
  overdue: number;
  atRisk: number;
  delayed: number;
}

/**
 * A department's record in a plan (部门情况 on the cockpit): over the measures that carry the work, each once (its
 * own part over a group's), withdrawn ones left out: what it leads and takes part in, which of its leads owe reports
 * and stand reported this period or overdue (by the same reporting rule as each assignment), and what its latest
 * reports call at risk or delayed. Derived state, like the warnings it sits beside.
 */
export function getDepartmentStanding(
  scope: RequestScope,
  department: DepartmentRow,
  planId: number,
): Promise<DepartmentStandingCounts> {
  return scope.derived('supervision.departmentStanding', `${planId}:${department.id}`, async () => {
    const facts = await planFacts(scope, planId);
    const views = await getAssignmentsOfDepartment(scope, department, { planId, inherited: true, throughGroups: true });
    const byMeasure = new Map<number, AssignmentView>();
    for (const view of views) {
      const measure = facts.index.byId.get(view.measureId);
      if (!measure || measure.kind === MeasureKind.PROJECT || measure.withdrawnOn !== null) continue;
      byMeasure.set(view.measureId, view);
    }
    const cells = [...byMeasure.values()];
    const [latest, reporting] = await Promise.all([
      Promise.all(cells.map((view) => getLatestReportOfAssignment(scope, view))),
      Promise.all(
        cells.map((view) => (view.role === AssignmentRole.LEAD ? getAssignmentReporting(scope, view) : null)),
      ),
    ]);
    const owing = reporting.filter((state): state is ReportingState => state !== null);
    return {
      leads: cells.filter((view) => view.role === AssignmentRole.LEAD).length,
      participates: cells.filter((view) => view.role === AssignmentRole.PARTICIPANT).length,
      measures: cells.length,
      owing: owing.length,
      reportedThisPeriod: owing.filter((state) => state.currentReported).length,
      overdue: owing.filter((state) => state.overdue.length > 0).length,
      atRisk: latest.filter((report) => report?.status === ProgressStatus.AT_RISK).length,
      delayed: latest.filter((report) => report?.status === ProgressStatus.DELAYED).length,
    };
  });
}

/** The counts every screen shows for a plan, over one stated scope, with the phase and the current period. */
export interface PlanOverview {
  scope: string;
  phase: PlanPhase;
  phaseLabel: string;
  currentPeriod: string | null;
  currentDueOn: string | null;
  periodLabel: string;
  expectedProgress: number;
  verdictCounts: WarningCounts;
  statusCounts: StatusCounts;
  overdue: number;
  asOf: string;
}

export interface StatusCounts {
  notStarted: number;
  onTrack: number;
  atRisk: number;
  delayed: number;
  completed: number;
  unreported: number;
  total: number;
}

/**
 * The plan's overview: the measures that carry the work (措施 and 保障措施 alike, not the projects that group them),
 * counted once by their verdict and once by what their departments last said, so the two panels add up to the same
 * total; the phase; and the current period (none before the start or after the end).
 */
export async function getPlanOverview(scope: RequestScope, planId: number): Promise<PlanOverview> {
  return scope.derived('supervision.overview', planId, async () => {
    const facts = await planFacts(scope, planId);
    const leaves = facts.index.leavesOn(facts.today);
    const judged = await Promise.all(
      leaves.map(async (measure) => {
        const standing = await measureStanding(scope, facts, measure);
        return { warning: await getMeasureWarning(scope, measure), standing };
      }),
    );
    const statusCounts: StatusCounts = {
      notStarted: 0,
      onTrack: 0,
      atRisk: 0,
      delayed: 0,
      completed: 0,
      unreported: 0,
      total: leaves.length,
    };
    const key = {
      NOT_STARTED: 'notStarted',
      ON_TRACK: 'onTrack',
      AT_RISK: 'atRisk',
      DELAYED: 'delayed',
      COMPLETED: 'completed',
    } as const;
    for (const { standing } of judged) {
      if (standing.latest) statusCounts[key[standing.latest.status]] += 1;
      else statusCounts.unreported += 1;
    }
    const safeguards = leaves.filter((m) => m.kind === MeasureKind.SAFEGUARD).length;
    const phase = planPhase(facts.plan, facts.today);
    const schedule = scheduleOf(facts, null);
    const plain = reportingState(facts.plan, schedule, [], facts.today, facts.calendar);
    const expected = expectedProgress(facts.plan, facts.today);
    return {
      scope: `${leaves.length} 项措施（其中保障措施 ${safeguards} 项；工程按其所含措施计，不另计）`,
      phase,
      phaseLabel:
        phase === 'BEFORE'
          ? `方案尚未开始（${facts.plan.startsOn} 起）`
          : phase === 'ENDED'
            ? `方案已于 ${facts.plan.endsOn} 结束`
            : `方案执行中，序时进度 ${expected}%`,
      currentPeriod: plain.currentPeriod,
      currentDueOn: plain.currentDueOn,
      periodLabel:
        phase === 'BEFORE'
          ? '尚无报送期'
          : phase === 'ENDED'
            ? '无当期，逾期未报的各期仍须补报'
            : `本期 ${plain.currentPeriod}（${plain.currentDueOn} 截止）`,
      expectedProgress: expected,
      verdictCounts: countLevels(judged.map((j) => j.warning.level)),
      statusCounts,
      overdue: judged.filter((j) => j.standing.state.overdue.length > 0).length,
      asOf: facts.today,
    };
  });
}

/** 序时进度 of a plan today, its reporting settings and 本期 for filing. */
export async function getPlanSchedule(
  scope: RequestScope,
  planId: number,
): Promise<Schedule & { expectedProgress: number; filingPeriod: string; asOf: string }> {
  const facts = await planFacts(scope, planId);
  const schedule = scheduleOf(facts, null);
  return {
    ...schedule,
    expectedProgress: expectedProgress(facts.plan, facts.today),
    filingPeriod: filingPeriod(facts.plan, facts.today, schedule.cycle),
    asOf: facts.today,
  };
}

/**
 * The reporting schedule of each measure of a plan (its cycle and the plan's due working day), by the same rule the
 * warnings use; reads only the plan's cycles (one statement) and its measure index. For other modules' rules.
 */
export async function getMeasureSchedules(
  scope: RequestScope,
  planId: number,
): Promise<(measure: MeasureRow) => Schedule> {
  const [cycles, index] = await Promise.all([
    scope.get(supervisionLoaders).cyclesOfPlan.load(planId),
    getMeasureIndex(scope, planId),
  ]);
  return (measure) => scheduleOf({ cycles, index }, measure);
}

/** 指标评估 of an indicator today. */
export async function getIndicatorAssessment(
  scope: RequestScope,
  indicator: IndicatorRow,
): Promise<IndicatorAssessmentResult & { asOf: string }> {
  return scope.derived(
    'supervision.indicatorAssessment',
    indicator.id,
    async () => {
      const [plan, observations] = await Promise.all([
        getPlanById(scope, indicator.planId),
        scope.get(progressLoaders).observationsOf.load(indicator.id),
      ]);
      const today = todayOf(scope.clock);
      const result = assessIndicator(indicator, observations, today, plan.startsOn);
      // Judged against the target in force; a revised one says what it replaced (调整前).
      return { ...result, reason: `${result.reason}${targetRevisedNote(indicator)}`, asOf: today };
    },
    unlessIndicatorTouched(),
  );
}

export interface ReportingCycleSetting {
  planCode: string;
  measureCode: string | null;
  cycle: ReportingCycle;
  dueWorkingDay: number;
}

/**
 * 报送周期: the plan office sets a plan's cadence and due working day, or one measure's (or project's) cadence.
 * Replaces the previous setting, recorded as an event.
 */
export async function setReportingCycle(
  scope: RequestScope,
  input: SetReportingCycleInput,
): Promise<ReportingCycleSetting> {
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode', 'settings');
  // A draft's cycle is part of its content: its office sets it, as it edits the rest of the draft.
  const viewer =
    plan.state === PlanState.DRAFT
      ? await authorize(scope, 'plan.edit', { ...planOfficeTarget(scope, plan), field: 'input.planCode' })
      : authorize(scope, 'reportingCycle.set');
  const measure =
    input.measureCode == null ? null : await getMeasureByCode(scope, plan.id, input.measureCode, 'input.measureCode');
  if (measure && input.dueWorkingDay != null) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.dueWorkingDay',
      reason: '报送截止的工作日按方案统一设定，不能按措施设定',
      detail: 'DUE_DAY_PER_PLAN',
    });
  }
  if (
    input.dueWorkingDay != null &&
    (!Number.isInteger(input.dueWorkingDay) || input.dueWorkingDay < 1 || input.dueWorkingDay > 20)
  ) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.dueWorkingDay',
      reason: '截止工作日须为 1 至 20',
      detail: 'DUE_DAY_RANGE',
    });
  }
  const cycles = await scope.get(supervisionLoaders).cyclesOfPlan.load(plan.id);
  const before = measure ? (cycles.byMeasure.get(measure.id) ?? null) : cycles.plan;
  const dueWorkingDay = measure ? null : (input.dueWorkingDay ?? cycles.plan?.dueWorkingDay ?? DEFAULT_DUE_WORKING_DAY);
  const now = scope.clock.now();
  const index = await getMeasureIndex(scope, plan.id);
  const goalId = measure ? index.goalIdOf(measure) : null;
  const values = {
    planId: plan.id,
    measureId: measure?.id ?? null,
    cycle: input.cycle,
    dueWorkingDay,
    updatedBy: viewer.userId,
    updatedAt: now,
  };
  return scope.db.transaction(async (tx) => {
    const after = await recordChange(tx, replaceReportingCycle(tx, before, values), (change) => ({
      type: EventType.REPORTING_CYCLE_SET,
      planId: plan.id,
      measureId: measure?.id ?? null,
      goalId,
      actorUserId: viewer.userId,
      payload: { before: change.before, after: change.after },
    }));
    return {
      planCode: plan.code,
      measureCode: measure?.code ?? null,
      cycle: after.cycle,
      dueWorkingDay: dueWorkingDay ?? cycles.plan?.dueWorkingDay ?? DEFAULT_DUE_WORKING_DAY,
    };
  });
}
