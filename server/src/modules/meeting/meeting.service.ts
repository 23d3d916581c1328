import { chinaDate, ManualClock, today as todayOf } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { AssignmentRole, getAssignmentsOfMeasure, getDepartmentsOfPlan } from '../assignment';
import { type DepartmentRow, getDepartmentById } from '../department';
import { getGoalsOfPlan } from '../goal';
import { getAddresseeIds, getInstructionsOfPlan, type InstructionRow } from '../instruction';
import { getMeasureIndex, MeasureKind, type MeasureRow } from '../measure';
import { getPlanByCode, type PlanRow } from '../plan';
import { getLatestReportOfAssignment } from '../progress';
import { getMeasureWarning, getPlanOverview, type PlanOverview, WarningLevel } from '../supervision';
import { getUrgeNoticesOfPlan, isOverdue, UrgeLevel, UrgeNoticeState } from '../urge';
import { getUserById } from '../user';
import { groupProblems, type Problem, type ProblemGroup } from './meeting.rules';

/** A measure late (红) or at risk (黄), with the units answering for it and the warning's reason. */
export interface LaggingMeasure {
  code: string;
  title: string;
  level: WarningLevel;
  reason: string;
  leads: string[];
  participants: string[];
}

export interface OpenNotice {
  id: number;
  level: UrgeLevel;
  issuedLevel: UrgeLevel;
  escalations: number;
  measure: { code: string; title: string };
  department: string;
  text: string;
  dueOn: string;
  overdue: boolean;
}

export interface BriefInstruction {
  /** The day it was issued, in China (`Instruction.issuedOn`). */
  issuedOn: string;
  issuedBy: string;
  measure: { code: string; title: string };
  addressees: string[];
  text: string;
}

/** 调度会材料: where a plan stands on the meeting day, from the services that feed the 调度会 page and the cockpit. */
export interface MeetingBrief {
  plan: PlanRow;
  /** The meeting day the brief is made for. */
  asOf: string;
  /** The last meeting: instructions from this day on are listed. */
  since: string;
  overview: PlanOverview;
  lagging: LaggingMeasure[];
  problemGroups: CoordinationGroup[];
  openNotices: OpenNotice[];
  instructions: BriefInstruction[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string, field: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: `日期须为 YYYY-MM-DD 格式，不能是「${value}」`,
      detail: 'DATE_FORMAT',
    });
  }
  return value;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The meeting day and the last meeting's. The figures are the services' as of the meeting day (deadlines, overdue
 * notices, warnings), on the reports and notices on record now: so the day may be today or later (a brief made
 * ahead of the meeting), never earlier, which the record cannot rebuild. The last meeting defaults to 30 days before.
 */
export function meetingDays(
  today: string,
  asOf: string | null | undefined,
  since: string | null | undefined,
): { asOf: string; since: string } {
  const day = asOf ? checkDate(asOf, 'asOf') : today;
  if (day < today) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'asOf',
      reason: `会议日期 ${day} 早于今天（${today}）：材料按现有报送情况生成，不能回溯到过去的日期`,
      detail: 'PAST_DATE',
    });
  }
  if (day > addDays(today, 366)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'asOf',
      reason: `会议日期 ${day} 晚于今天一年以上`,
      detail: 'FAR_DATE',
    });
  }
  const last = since ? checkDate(since, 'since') : addDays(day, -30);
  if (last > day) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'since',
      reason: `上次调度会日期 ${last} 晚于本次会议日期 ${day}`,
      detail: 'SINCE_AFTER_AS_OF',
    });
  }
  return { asOf: day, since: last };
}

const names = (rows: readonly DepartmentRow[]) => rows.map((d) => d.name);

/** The 调度会 page's filters: a project, a goal, a department (codes; null for all). */
export interface MeetingFilters {
  project?: string | null;
  goal?: string | null;
  department?: string | null;
}

/** A problem as the services give it: the measure and the departments as rows. */
export interface CoordinationProblem extends Problem {
  measure: MeasureRow;
  raisedBy: DepartmentRow;
}

export type CoordinationGroup = ProblemGroup<CoordinationProblem, DepartmentRow>;

/**
 * 需协调事项: the problems in each department's latest report on the matrix's measures (not projects, not withdrawn;
 * narrowed by the page's filters), one per measure and department raising it, grouped by the department their
 * text asks to help (meeting.rules.ts). The 调度会 page (`Plan.problemGroups`) and the brief both read this.
 */
export async function getProblemGroups(
  scope: RequestScope,
  plan: PlanRow,
  filters: MeetingFilters = {},
): Promise<CoordinationGroup[]> {
  const index = await getMeasureIndex(scope, plan.id);
  const goalCodes = new Map((await getGoalsOfPlan(scope, plan.id)).map((g) => [g.id, g.code]));
  const problems = new Map<string, CoordinationProblem>();
  for (const measure of index.list) {
    if (measure.kind === MeasureKind.PROJECT || measure.withdrawnOn !== null) continue;
    const parent = measure.parentId === null ? null : (index.byId.get(measure.parentId) ?? null);
    if (filters.project && parent?.code !== filters.project) continue;
    const goalId = measure.goalId ?? parent?.goalId ?? null;
    if (filters.goal && (goalId === null || goalCodes.get(goalId) !== filters.goal)) continue;
    const assignments = await getAssignmentsOfMeasure(scope, measure);
    if (filters.department) {
      const codes = await Promise.all(
        assignments.map(async (a) => (await getDepartmentById(scope, a.departmentId)).code),
      );
      if (!codes.includes(filters.department)) continue;
    }
    for (const assignment of assignments) {
      const latest = await getLatestReportOfAssignment(scope, assignment);
      if (!latest?.problems) continue;
      const raisedBy = await getDepartmentById(scope, latest.departmentId);
      problems.set(`${measure.code}|${raisedBy.code}`, {
        text: latest.problems,
        measure,
        raisedBy,
        period: latest.period,
      });
    }
  }
  return groupProblems([...problems.values()], await getDepartmentsOfPlan(scope, plan.id));
}

/** 上次调度会以来的领导批示: the meeting day, the last meeting's, and the instructions issued since, oldest first. */
export interface MeetingInstructions {
  asOf: string;
  since: string;
  instructions: InstructionRow[];
}

async function instructionsSince(scope: RequestScope, plan: PlanRow, since: string): Promise<InstructionRow[]> {
  const from = new Date(`${since}T00:00:00+08:00`);
  return (await getInstructionsOfPlan(scope, plan.id)).filter((row) => row.issuedAt >= from).reverse();
}

/**
 * The instructions since the last meeting (`since`, by default 30 days before the meeting day `asOf`, today by
 * default), those the viewer may read (a clerk: those addressed to its units). The 调度会 page
 * (`Plan.meetingInstructions`) and the brief's section 五 both read this.
 */
export async function getMeetingInstructions(
  scope: RequestScope,
  plan: PlanRow,
  options: { asOf?: string | null; since?: string | null } = {},
): Promise<MeetingInstructions> {
  const { asOf, since } = meetingDays(todayOf(scope.clock), options.asOf, options.since);
  return { asOf, since, instructions: await instructionsSince(scope, plan, since) };
}

/** The request as it would run on the meeting day: the same viewer and loaders' sources, the rules' clock there. */
function onDay(scope: RequestScope, day: string): RequestScope {
  return day === todayOf(scope.clock) ? scope : scope.withClock(new ManualClock(`${day}T12:00:00+08:00`));
}

/**
 * 调度会材料 of a plan for the meeting on `asOf` (today by default): the three-colour counts, the measures late or at
 * risk, the problems needing coordination by the unit asked to help, the open notices, and the instructions since
 * the last meeting (`since`). Whoever may read the plan may have it; what a department's clerk may not read
 * (instructions to others) the services leave out, as on screen.
 */
export async function getMeetingBrief(
  outer: RequestScope,
  planCode: string,
  options: { asOf?: string | null; since?: string | null } = {},
): Promise<MeetingBrief> {
  const plan = await getPlanByCode(outer, planCode, 'planCode');
  const { asOf, since } = meetingDays(todayOf(outer.clock), options.asOf, options.since);
  const scope = onDay(outer, asOf);
  const index = await getMeasureIndex(scope, plan.id);
  const overview = await getPlanOverview(scope, plan.id);

  const lagging: LaggingMeasure[] = [];
  for (const measure of index.leavesOn(asOf)) {
    const warning = await getMeasureWarning(scope, measure);
    if (warning.level !== WarningLevel.RED && warning.level !== WarningLevel.YELLOW) continue;
    const views = await getAssignmentsOfMeasure(scope, measure);
    const of = async (role: AssignmentRole) =>
      names(
        await Promise.all(
          [...new Set(views.filter((v) => v.role === role).map((v) => v.departmentId))].map((id) =>
            getDepartmentById(scope, id),
          ),
        ),
      );
    lagging.push({
      code: measure.code,
      title: measure.title,
      level: warning.level,
      reason: warning.reason,
      leads: await of(AssignmentRole.LEAD),
      participants: await of(AssignmentRole.PARTICIPANT),
    });
  }
  lagging.sort((a, b) => Number(b.level === WarningLevel.RED) - Number(a.level === WarningLevel.RED));

  const notices = (await getUrgeNoticesOfPlan(scope, plan.id)).filter((n) => n.state !== UrgeNoticeState.CLOSED);
  const openNotices: OpenNotice[] = await Promise.all(
    notices.map(async (n) => {
      const measure = index.byId.get(n.measureId);
      return {
        id: n.id,
        level: n.level,
        issuedLevel: n.issuedLevel ?? n.level,
        escalations: n.escalations,
        measure: { code: measure?.code ?? '', title: measure?.title ?? '' },
        department: (await getDepartmentById(scope, n.departmentId)).name,
        text: n.text,
        dueOn: n.dueOn,
        overdue: isOverdue(scope, n),
      };
    }),
  );
  // As the page lists them: overdue first, then by reply date.
  openNotices.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));

  const instructions = await Promise.all(
    (await instructionsSince(scope, plan, since)).map(async (row) => {
      const measure = index.byId.get(row.measureId);
      const addressees = await Promise.all(
        (await getAddresseeIds(scope, row)).map((id) => getDepartmentById(scope, id)),
      );
      const issuer = await getUserById(scope, row.issuedBy);
      return {
        issuedOn: chinaDate(row.issuedAt),
        issuedBy: issuer?.displayName ?? '',
        measure: { code: measure?.code ?? '', title: measure?.title ?? '' },
        addressees: names(addressees),
        text: row.text,
      };
    }),
  );

  return {
    plan,
    asOf,
    since,
    overview,
    lagging,
    problemGroups: await getProblemGroups(scope, plan),
    openNotices,
    instructions,
  };
}
