import { requireReader } from '../../shared/access';
import { chinaDate, today as todayOf } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import {
  AssignmentRole,
  type DutyTerm,
  getAssignmentsOfMeasure,
  getDepartmentsWithDutiesOfPlan,
  getDutyTermsOfMeasure,
} from '../assignment';
import { getWorkingCalendar, type WorkingCalendar } from '../calendar';
import { DepartmentKind, type DepartmentRow, getDepartmentsByIds, getMemberIdsOf } from '../department';
import { appendEvents, EventType } from '../event';
import { getIndicatorsOfPlan, type IndicatorRow, TargetKind } from '../indicator';
import { getMeasureIndex, type MeasureRow } from '../measure';
import { periodRange } from '../period';
import { getPlanByCode, getWritablePlan, type PlanRow } from '../plan';
import { authorize, can } from '../policy';
import { type IndicatorObservationRow, newestFirst, ProgressStatus, progressLoaders, reportedOnOf } from '../progress';
import { assessIndicator, expectedProgress, getMeasureSchedules, type Schedule, withdrawalSpan } from '../supervision';
import { UrgeNoticeState } from '../urge';
import { AssessmentPartKind } from './assessment.enum';
import type { SetAssessmentWeightsInput } from './assessment.input';
import { assessmentLoaders } from './assessment.loader';
import {
  insertFirstWeights,
  lockWeights,
  type NoticeFacts,
  type ReportFacts,
  updateWeights,
} from './assessment.repository';
import {
  ASSESSMENT_RULE,
  type AssessmentWeights,
  type AssessmentWindow,
  assessmentWindow,
  DEFAULT_WEIGHTS,
  type JudgedNotice,
  judgeCompletion,
  judgeIndicators,
  judgeNotices,
  judgeTimeliness,
  type LedMeasure,
  notApplicable,
  noticeDueIn,
  type Obligation,
  obligationsOf,
  type ReportingTally,
  rankScores,
  rankText,
  type ScoredPart,
  scoreParts,
  tallyObligations,
  weightProblems,
} from './assessment.rules';

/** A plan's weights as the API shows them: the office's, or the defaults (version 0) while it has set none. */
export interface WeightsView extends AssessmentWeights {
  planCode: string;
  version: number;
  isDefault: boolean;
  updatedAt: Date | null;
}

export interface DepartmentAssessmentView {
  department: DepartmentRow;
  rank: number | null;
  /** Another department holds the same rank (并列). */
  tied: boolean;
  /** 并列第 1, 第 3 or 不参加排名. */
  rankText: string;
  score: number | null;
  summary: string;
  reason: string;
  parts: ScoredPart[];
  /** The owed reports behind 报送及时 (zero for a department that leads nothing). */
  reporting: ReportingTally;
}

export interface AssessmentView extends AssessmentWindow {
  planCode: string;
  weights: WeightsView;
  rows: DepartmentAssessmentView[];
  rule: string;
  viewerCan: AssessmentViewerCanView;
}

/** What the viewer may do with the ranking. */
export interface AssessmentViewerCanView {
  /** 下载通报: the circular carries every unit's row, so only a viewer who sees them all may have it. */
  downloadCircular: boolean;
}

async function weightsOf(scope: RequestScope, plan: PlanRow): Promise<WeightsView> {
  const row = await scope.get(assessmentLoaders).weightsOf.load(plan.id);
  if (!row) return { ...DEFAULT_WEIGHTS, planCode: plan.code, version: 0, isDefault: true, updatedAt: null };
  const { timeliness, completion, indicators, notices, version, updatedAt } = row;
  return { timeliness, completion, indicators, notices, planCode: plan.code, version, isDefault: false, updatedAt };
}

/** 考核权重 of a plan. */
export function getAssessmentWeights(scope: RequestScope, plan: PlanRow): Promise<WeightsView> {
  requireReader(scope);
  return weightsOf(scope, plan);
}

/**
 * The departments assessed in a plan: every department the document assigns a measure (lead or participant) or an
 * indicator, except the leading group itself (it assesses, it is not assessed). A group (各镇、街道) is assessed as
 * the one unit the document names: its member units' reports and notices count for it.
 */
async function assessedDepartments(scope: RequestScope, plan: PlanRow): Promise<DepartmentRow[]> {
  const [assigned, indicators] = await Promise.all([
    getDepartmentsWithDutiesOfPlan(scope, plan.id),
    getIndicatorsOfPlan(scope, plan.id),
  ]);
  const seen = new Set(assigned.map((d) => d.id));
  const more = [...new Set(indicators.map((i) => i.departmentId))].filter((id) => !seen.has(id));
  const all = [...assigned, ...(await getDepartmentsByIds(scope, more))];
  return all.filter((d) => d.kind !== DepartmentKind.LEADING_GROUP && d.id !== plan.leadingGroupId);
}

/** A notice is judged by the reply date agreed (as issued or extended), not the one an escalation moved on. */
const agreedDueOn = (notice: { dueOn: string; agreedDueOn: string | null }) => notice.agreedDueOn ?? notice.dueOn;

/**
 * A report speaks for the standing at `asOf` when its period had begun by then: the December report made in January
 * tells where the year ended. A report made later on an earlier period still counts for that period (the newest
 * period wins).
 */
const describesBy = (report: ReportFacts, asOf: string) => periodRange(report.period).start <= asOf;

/** What judging reports needs, read once per request: the measure tree, who leads and takes part, the reports. */
interface ReportingContext {
  index: Awaited<ReturnType<typeof getMeasureIndex>>;
  leaves: MeasureRow[];
  leadsOf: Map<number, Set<number>>;
  /** Every lead term of each leaf, those a revision ended included (their periods stay the former lead's). */
  leadTermsOf: Map<number, DutyTerm[]>;
  participantsOf: Map<number, Set<number>>;
  reportsByMeasure: Map<number, ReportFacts[]>;
  calendar: WorkingCalendar;
  scheduleOf: (measure: MeasureRow) => Schedule;
}

async function reportingContext(scope: RequestScope, plan: PlanRow, today: string): Promise<ReportingContext> {
  const [index, calendar, scheduleOf, reports] = await Promise.all([
    getMeasureIndex(scope, plan.id),
    getWorkingCalendar(scope),
    getMeasureSchedules(scope, plan.id),
    scope.get(assessmentLoaders).reportsOf.load(plan.id),
  ]);
  const reportsByMeasure = new Map<number, ReportFacts[]>();
  for (const report of reports) {
    const list = reportsByMeasure.get(report.measureId) ?? [];
    list.push(report);
    reportsByMeasure.set(report.measureId, list);
  }
  // A withdrawn measure (撤销) leaves 考核 whole: the measures judged are those in force today.
  const leaves = index.leavesOn(today);
  const leadsOf = new Map<number, Set<number>>();
  const leadTermsOf = new Map<number, DutyTerm[]>();
  const participantsOf = new Map<number, Set<number>>();
  for (const measure of leaves) {
    const [views, terms] = await Promise.all([
      getAssignmentsOfMeasure(scope, measure),
      getDutyTermsOfMeasure(scope, measure),
    ]);
    const of = (role: AssignmentRole) => new Set(views.filter((v) => v.role === role).map((v) => v.departmentId));
    leadsOf.set(measure.id, of(AssignmentRole.LEAD));
    leadTermsOf.set(
      measure.id,
      terms.filter((term) => term.role === AssignmentRole.LEAD),
    );
    participantsOf.set(measure.id, of(AssignmentRole.PARTICIPANT));
  }
  return { index, leaves, leadsOf, leadTermsOf, participantsOf, reportsByMeasure, calendar, scheduleOf };
}

/** The leaf measures a department leads and the reports it owed on them in the window (its member units speak for it). */
function obligationsOfDepartment(
  context: ReportingContext,
  plan: PlanRow,
  departmentId: number,
  speaks: ReadonlySet<number>,
  window: AssessmentWindow,
  today: string,
): { led: MeasureRow[]; owing: number; obligations: Obligation[] } {
  const led = context.leaves.filter((m) => context.leadsOf.get(m.id)?.has(departmentId));
  const obligations: Obligation[] = [];
  let owing = 0;
  for (const measure of context.leaves) {
    // Its lead terms: the one in force (from its `since`) and any a revision ended (原牵头: it keeps those periods).
    const terms = (context.leadTermsOf.get(measure.id) ?? []).filter((term) => term.departmentId === departmentId);
    if (terms.length === 0) continue;
    owing += 1;
    const own = (context.reportsByMeasure.get(measure.id) ?? []).filter((r) => speaks.has(r.departmentId));
    const facts = own.map((r) => ({ period: r.period, submittedOn: reportedOnOf(r) }));
    const withdrawnUntil = withdrawalSpan(measure).until ?? null;
    for (const term of terms) {
      const until =
        term.until === null
          ? withdrawnUntil
          : withdrawnUntil === null || term.until < withdrawnUntil
            ? term.until
            : withdrawnUntil;
      obligations.push(
        ...obligationsOf(measure.code, plan, context.scheduleOf(measure), window, today, context.calendar, facts, {
          since: term.since,
          until,
        }),
      );
    }
  }
  return { led, owing, obligations };
}

/**
 * The reports each department owed over the plan's whole term up to today, as 考核's 报送及时 counts them (the same
 * rule, the same count): 终期评估 shows these, so the two screens agree.
 */
export async function getReportingTallies(
  scope: RequestScope,
  plan: PlanRow,
  departments: readonly DepartmentRow[],
): Promise<Map<number, ReportingTally>> {
  const today = todayOf(scope.clock);
  const window = assessmentWindow(null, plan, today)!;
  const context = await reportingContext(scope, plan, today);
  const tallies = new Map<number, ReportingTally>();
  for (const department of departments) {
    const speaks = new Set([department.id, ...(await getMemberIdsOf(scope, department.id))]);
    const { owing, obligations } = obligationsOfDepartment(context, plan, department.id, speaks, window, today);
    tallies.set(department.id, tallyObligations(obligations, owing, plan, window.from));
  }
  return tallies;
}

/** The window of an assessment period, or BAD_USER_INPUT when the period is not a year, quarter or half. */
function windowOf(period: string | null | undefined, plan: PlanRow, today: string): AssessmentWindow {
  const window = assessmentWindow(period, plan, today);
  if (!window) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'period',
      reason: `考核期须为年份（如 2024）、季度（如 2024-Q3）或半年（如 2024-H1），不能是「${period}」`,
      detail: 'PERIOD_FORMAT',
    });
  }
  return window;
}

/** Everything a department is judged on in one plan and window, read once for all departments. */
interface AssessmentFacts {
  plan: PlanRow;
  window: AssessmentWindow;
  today: string;
  weights: WeightsView;
  departments: DepartmentRow[];
  context: ReportingContext;
  notices: NoticeFacts[];
  indicators: IndicatorRow[];
  observations: (IndicatorObservationRow[] | Error)[];
}

async function assessmentFacts(
  scope: RequestScope,
  plan: PlanRow,
  window: AssessmentWindow,
  today: string,
): Promise<AssessmentFacts> {
  const [weights, departments, context, notices, indicators] = await Promise.all([
    weightsOf(scope, plan),
    assessedDepartments(scope, plan),
    reportingContext(scope, plan, today),
    scope.get(assessmentLoaders).noticesOf.load(plan.id),
    getIndicatorsOfPlan(scope, plan.id),
  ]);
  const observations = await scope.get(progressLoaders).observationsOf.loadMany(indicators.map((i) => i.id));
  return { plan, window, today, weights, departments, context, notices, indicators, observations };
}

/** The latest report that speaks for the standing at `asOf` (see `describesBy`), newest first. */
const latestBy = (reports: readonly ReportFacts[], asOf: string) =>
  reports.filter((r) => describesBy(r, asOf)).sort(newestFirst)[0];

const measureJudged = (code: string, latest: ReportFacts | undefined, participant?: true): LedMeasure => ({
  code,
  percent: latest?.percentComplete ?? null,
  completed: latest?.status === ProgressStatus.COMPLETED,
  ...(participant ? { participant } : {}),
});

/**
 * 任务完成's measures: those it leads by its own reports (its member units' included), then those it takes part in
 * by the measure's latest report, whoever filed it.
 */
function measuresOfDepartment(
  facts: AssessmentFacts,
  departmentId: number,
  led: readonly MeasureRow[],
  speaks: ReadonlySet<number>,
): LedMeasure[] {
  const { leaves, leadsOf, participantsOf, reportsByMeasure } = facts.context;
  const asOf = facts.window.asOf;
  const own = led.map((measure) =>
    measureJudged(
      measure.code,
      latestBy(
        (reportsByMeasure.get(measure.id) ?? []).filter((r) => speaks.has(r.departmentId)),
        asOf,
      ),
    ),
  );
  const partaking = leaves
    .filter((m) => !leadsOf.get(m.id)?.has(departmentId) && participantsOf.get(m.id)?.has(departmentId))
    .map((measure) => measureJudged(measure.code, latestBy(reportsByMeasure.get(measure.id) ?? [], asOf), true));
  return [...own, ...partaking];
}

/** 指标达成's indicators: those the department answers for, judged on the values known at the window's end. */
function indicatorsOfDepartment(facts: AssessmentFacts, departmentId: number) {
  const { window, plan } = facts;
  return facts.indicators
    .map((indicator, i) => ({ indicator, values: facts.observations[i] }))
    .filter(({ indicator }) => indicator.departmentId === departmentId)
    .map(({ indicator, values }) => {
      if (values instanceof Error) throw values;
      const known = (values ?? []).filter((o) => o.asOf <= window.asOf);
      return {
        name: indicator.name,
        level: assessIndicator(indicator, known, window.asOf, plan.startsOn).level,
        qualitative: indicator.targetKind !== TargetKind.NUMERIC || indicator.target === null,
      };
    });
}

/** 督办响应's notices: those to the department (or its member units) due in the window, and when each was answered. */
function noticesOfDepartment(facts: AssessmentFacts, speaks: ReadonlySet<number>): JudgedNotice[] {
  const { window, today } = facts;
  return facts.notices
    .filter((n) => speaks.has(n.departmentId) && noticeDueIn(agreedDueOn(n), window, today))
    .map((n) => ({
      measureCode: facts.context.index.byId.get(n.measureId)?.code ?? String(n.measureId),
      dueOn: agreedDueOn(n),
      answeredOn:
        (n.state === UrgeNoticeState.RESPONDED || n.state === UrgeNoticeState.CLOSED) && n.respondedAt
          ? chinaDate(n.respondedAt)
          : null,
    }));
}

/** One department's four parts, weighted; before the plan starts, completion and indicators are 不适用. */
async function scoreDepartment(scope: RequestScope, facts: AssessmentFacts, department: DepartmentRow) {
  const { plan, window, today } = facts;
  const speaks = new Set([department.id, ...(await getMemberIdsOf(scope, department.id))]);
  const { led, owing, obligations } = obligationsOfDepartment(
    facts.context,
    plan,
    department.id,
    speaks,
    window,
    today,
  );
  const started = window.asOf >= plan.startsOn;
  const notStarted = `方案尚未开始（${plan.startsOn} 起）`;
  const measures = measuresOfDepartment(facts, department.id, led, speaks);
  const indicators = indicatorsOfDepartment(facts, department.id);
  const timeliness = judgeTimeliness(obligations, owing, plan, window.from);
  const score = scoreParts(facts.weights, [
    timeliness,
    started
      ? judgeCompletion(measures, expectedProgress(plan, window.asOf), window.asOf)
      : notApplicable(AssessmentPartKind.COMPLETION, notStarted),
    started ? judgeIndicators(indicators, window.asOf) : notApplicable(AssessmentPartKind.INDICATORS, notStarted),
    judgeNotices(noticesOfDepartment(facts, speaks)),
  ]);
  const reporting = timeliness.tally ?? tallyObligations(obligations, owing, plan, window.from);
  return { department, ...score, reporting };
}

/** Ranks the scored departments (并列 for equal scores), best first; those not ranked last. */
function ranked(scored: Omit<DepartmentAssessmentView, 'rank' | 'tied' | 'rankText'>[]): DepartmentAssessmentView[] {
  const ranks = rankScores(scored.map((row) => row.score));
  return scored
    .map((row, i) => {
      const rank = ranks[i] ?? null;
      const text = rankText(rank, ranks);
      return { ...row, rank, tied: text.startsWith('并列'), rankText: text };
    })
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}

/**
 * 考核: every assessed department's score for the window, its parts with weights, points and reasons, ranked.
 * A REPORTER sees only its own department's row (or its group's), with the rank it holds among all: the ranking
 * is the leading group's internal tool until circulated (通报). Reads a bounded number of statements whatever the
 * number of departments: the weights, the reports, the notices, the observations, the cycles and the calendar.
 */
export async function getDepartmentAssessment(
  scope: RequestScope,
  planCode: string,
  period: string | null | undefined,
): Promise<AssessmentView> {
  const { view, rows, seen } = await assess(scope, planCode, period);
  return { ...view, rows: rows.filter((_, i) => seen[i]) };
}

async function assess(scope: RequestScope, planCode: string, period: string | null | undefined) {
  requireReader(scope);
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const today = todayOf(scope.clock);
  const window = windowOf(period, plan, today);
  // Scores are derived state, the same for every reader at the same standing of the data (RequestScope.derived);
  // what the viewer may see of them is decided below, per request.
  const { facts, rows } = await scope.derived(
    'assessment.scores',
    `${plan.id}:${window.from}:${window.to}:${today}`,
    async () => {
      const facts = await assessmentFacts(scope, plan, window, today);
      return { facts, rows: ranked(await Promise.all(facts.departments.map((d) => scoreDepartment(scope, facts, d)))) };
    },
  );
  const seen = await Promise.all(
    rows.map((row) => can(scope, 'assessment.seeRow', { departmentId: row.department.id })),
  );
  const viewerCan = { downloadCircular: seen.every(Boolean) };
  const view: AssessmentView = {
    ...window,
    planCode: plan.code,
    weights: facts.weights,
    rows,
    rule: ASSESSMENT_RULE,
    viewerCan,
  };
  return { plan, view, rows, seen };
}

/**
 * 考核 for a 通报: the whole ranking, as the 考核 page shows it to those who see every row. A department's clerk,
 * who sees only its own row there, may not have the circular of all (FORBIDDEN).
 */
export async function getWholeAssessment(
  scope: RequestScope,
  planCode: string,
  period: string | null | undefined,
): Promise<{ plan: PlanRow; view: AssessmentView }> {
  const { plan, view } = await assess(scope, planCode, period);
  if (!view.viewerCan.downloadCircular) {
    throw new DomainError('FORBIDDEN', {
      field: 'planCode',
      reason: '通报载有全部单位的考核结果，本部门只能查看本部门的考核结果',
      detail: 'OTHER_DEPARTMENT',
    });
  }
  return { plan, view };
}

/**
 * 考核权重: the plan office sets how the four parts weigh (whole numbers ≥ 0 summing to 100). With `version`, a
 * write over weights changed since they were read is a CONFLICT. Recorded as ASSESSMENT_WEIGHTS_SET with before
 * and after.
 */
export async function setAssessmentWeights(
  scope: RequestScope,
  input: SetAssessmentWeightsInput,
): Promise<WeightsView> {
  const viewer = authorize(scope, 'assessment.setWeights');
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode', 'settings');
  const wanted: AssessmentWeights = {
    timeliness: input.timeliness,
    completion: input.completion,
    indicators: input.indicators,
    notices: input.notices,
  };
  const [problem] = weightProblems(wanted);
  if (problem) {
    throw new DomainError('BAD_USER_INPUT', {
      field: problem.field ? `input.${problem.field}` : 'input',
      reason: problem.reason,
      detail: problem.field ? 'WEIGHT_RANGE' : 'WEIGHTS_SUM',
    });
  }
  const now = scope.clock.now();
  const stale = (current: number) =>
    new DomainError('CONFLICT', {
      field: 'input.version',
      reason: `考核权重已被他人修改（当前版本 ${current}，提交所依据的版本 ${input.version}），请刷新后重试`,
      detail: 'STALE_VERSION',
    });
  const after = await scope.db.transaction(async (tx) => {
    const before = await lockWeights(tx, plan.id);
    const current = before?.version ?? 0;
    if (input.version != null && input.version !== current) throw stale(current);
    const changes = { ...wanted, updatedBy: viewer.userId, updatedAt: now };
    const written = before ? await updateWeights(tx, before, changes) : await insertFirstWeights(tx, plan.id, changes);
    // Two first writes at once: the other one's row came first.
    if (!written) throw stale(current + 1);
    const {
      planId: _a,
      updatedBy: _b,
      ...beforeShown
    } = before ?? { ...DEFAULT_WEIGHTS, planId: 0, updatedBy: null, updatedAt: null, version: 0 };
    const { planId: _c, updatedBy: _d, ...afterShown } = written;
    await appendEvents(tx, [
      {
        type: EventType.ASSESSMENT_WEIGHTS_SET,
        planId: plan.id,
        actorUserId: viewer.userId,
        payload: { before: beforeShown, after: afterShown },
      },
    ]);
    return written;
  });
  return {
    timeliness: after.timeliness,
    completion: after.completion,
    indicators: after.indicators,
    notices: after.notices,
    planCode: plan.code,
    version: after.version,
    isDefault: false,
    updatedAt: after.updatedAt,
  };
}
