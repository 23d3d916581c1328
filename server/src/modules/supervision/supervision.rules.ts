import { dayNumber, type WorkingCalendar } from '../calendar';
import {
  covers,
  dueOnOf,
  filingPeriod,
  periodRange,
  periodsBetween,
  previousPeriod,
  type ReportingCycle,
} from '../period';
import { PlanPhase, planPhase } from '../plan';
import { ProgressStatus } from '../progress';
import { VerdictCause, WarningLevel } from './supervision.enum';

/**
 * The supervision rules (docs/SUPERVISION.md), as pure functions of the plan, the calendar, today and the reports.
 * Every status carries its reason in Chinese.
 */

/** Reports are due on this working day of the month after their period, unless the plan says otherwise. */
export const DEFAULT_DUE_WORKING_DAY = 5;
/** BLUE (临近期限): the next unreported period is due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;
/** YELLOW (进度滞后): percent complete is more than this many percentage points behind the expected progress. */
export const PACE_TOLERANCE_POINTS = 10;

export interface Schedule {
  cycle: ReportingCycle;
  dueWorkingDay: number;
}

export interface PlanPeriod {
  startsOn: string;
  endsOn: string;
  /** 印发日期: a period whose deadline fell on or before it was never owed (the document did not exist yet). */
  issuedOn?: string | null;
}

const SEVERITY: Record<WarningLevel, number> = {
  [WarningLevel.GREY]: 0,
  [WarningLevel.GREEN]: 1,
  [WarningLevel.BLUE]: 2,
  [WarningLevel.YELLOW]: 3,
  [WarningLevel.RED]: 4,
};

/** The worse of two levels. */
export function worse(a: WarningLevel, b: WarningLevel): WarningLevel {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export const LEVEL_NAME: Record<WarningLevel, string> = {
  [WarningLevel.RED]: '红',
  [WarningLevel.YELLOW]: '黄',
  [WarningLevel.BLUE]: '蓝',
  [WarningLevel.GREEN]: '绿',
  [WarningLevel.GREY]: '灰',
};

/** 序时进度: the share of the plan's period elapsed by the end of today, 0–100, one decimal. */
export function expectedProgress(plan: PlanPeriod, today: string): number {
  const total = dayNumber(plan.endsOn) - dayNumber(plan.startsOn) + 1;
  const elapsed = dayNumber(today) - dayNumber(plan.startsOn) + 1;
  return Math.round(Math.min(100, Math.max(0, (elapsed / total) * 100)) * 10) / 10;
}

export interface OverduePeriod {
  period: string;
  dueOn: string;
  /** Working days after the due date, up to and including today. */
  workingDaysLate: number;
}

/** A period a department has reported on, and the Beijing date its first standing report for it was submitted. */
export interface ReportedPeriod {
  period: string;
  /** Unknown (a bare period string) counts as on time. */
  submittedOn?: string;
}

/** Where the plan is in its term today (the plan module's rule, the one the API gives as Plan.phase). */
export { planPhase };

export interface ReportingState {
  cycle: ReportingCycle;
  dueWorkingDay: number;
  /** BEFORE, RUNNING or ENDED. */
  phase: PlanPhase;
  /** The period today falls in while the plan runs; null before it starts and after it ends (no current period). */
  currentPeriod: string | null;
  currentDueOn: string | null;
  currentReported: boolean;
  /** The first unreported period whose deadline is today or later. */
  nextDue: { period: string; dueOn: string; workingDaysLeft: number } | null;
  /**
   * Unreported periods past their deadline. A report submitted by its own deadline closes the gaps before it (the
   * department is current; 考核 still counts the gap); a late report closes only its own period.
   */
  overdue: OverduePeriod[];
  /**
   * The periods a report is asked for now, most pressing first: the newest overdue period (a report for it answers
   * the gaps before it), else the next one due; then the filing period (本期, `filingPeriod`) and the one before it.
   */
  filingPeriods: string[];
}

/**
 * The span of due dates a duty covers (方案调整): from `since` (a lead that took over), up to `until` inclusive (a
 * lead a revision replaced, or the day before a measure was withdrawn). Null ends are open.
 */
export interface DutySpan {
  since?: string | null;
  until?: string | null;
}

/** Whether a period due on `dueOn` is owed under the duty span. */
export function owedWithin(span: DutySpan | undefined, dueOn: string): boolean {
  return !span || ((span.since == null || span.since <= dueOn) && (span.until == null || dueOn <= span.until));
}

/**
 * Where reporting stands for one department (or a measure's lead departments) given the periods reported. Periods
 * due outside the duty span are not owed: neither overdue nor next due.
 */
export function reportingState(
  plan: PlanPeriod,
  schedule: Schedule,
  reportedPeriods: readonly (string | ReportedPeriod)[],
  today: string,
  calendar: WorkingCalendar,
  span?: DutySpan,
): ReportingState {
  const phase = planPhase(plan, today);
  const state: ReportingState = {
    ...schedule,
    phase,
    currentPeriod: null,
    currentDueOn: null,
    currentReported: false,
    nextDue: null,
    overdue: [],
    filingPeriods: [],
  };
  if (phase === PlanPhase.BEFORE) return withFilingPeriods(state, plan, today);
  const reports = reportedPeriods.map((r) => (typeof r === 'string' ? { period: r } : r));
  const periods = periodsBetween(plan.startsOn, phase === PlanPhase.RUNNING ? today : plan.endsOn, schedule.cycle);
  // A report of the period itself answers it; one of another cycle answers the periods whose end it reaches.
  const exact = new Set(reports.map((r) => r.period));
  const reported = periods.map((period) => exact.has(period) || reports.some((r) => covers(r.period, period)));
  // Only a report that came in by its own deadline shows the department was current then.
  const lastOnTimeEnd =
    reports
      .filter(
        (r) => r.submittedOn === undefined || r.submittedOn <= dueOnOf(r.period, schedule.dueWorkingDay, calendar),
      )
      .map((r) => periodRange(r.period).end)
      .sort()
      .at(-1) ?? '';
  if (phase === PlanPhase.RUNNING) {
    const current = periods.length - 1;
    state.currentPeriod = periods[current] ?? null;
    state.currentDueOn = state.currentPeriod && dueOnOf(state.currentPeriod, schedule.dueWorkingDay, calendar);
    state.currentReported = reported[current] ?? false;
  }
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (reported[i] || periodRange(period).end <= lastOnTimeEnd) continue;
    const dueOn = dueOnOf(period, schedule.dueWorkingDay, calendar);
    // The same rule as 考核's obligations: nothing was owed before the plan was issued.
    if (plan.issuedOn && dueOn <= plan.issuedOn) continue;
    if (!owedWithin(span, dueOn)) continue;
    if (dueOn < today) {
      state.overdue.push({ period, dueOn, workingDaysLate: calendar.workingDaysBetween(dueOn, today) });
    } else if (!state.nextDue) {
      state.nextDue = { period, dueOn, workingDaysLeft: calendar.workingDaysBetween(today, dueOn) };
    }
  }
  return withFilingPeriods(state, plan, today);
}

function withFilingPeriods(state: ReportingState, plan: PlanPeriod, today: string): ReportingState {
  const owed = state.overdue.at(-1)?.period ?? state.nextDue?.period;
  const filing = filingPeriod(plan, today, state.cycle);
  state.filingPeriods = [...new Set([...(owed ? [owed] : []), filing, previousPeriod(filing)])];
  return state;
}

export interface LatestReport {
  period: string;
  status: ProgressStatus;
  percentComplete: number;
}

/** One measure's (or indicator's) judgement, as a roll-up carries it up so its reason can name the measures. */
export interface LeafJudgement {
  label: string;
  level: WarningLevel;
  cause: VerdictCause;
  reason: string;
  dueOn: string | null;
}

export interface WarningResult {
  level: WarningLevel;
  /** The decisive reason, in a sentence a leader reads first. */
  reason: string;
  /** Every reason that applies, worst first. */
  reasons: string[];
  /** The deadline the warning is about, if any. */
  dueOn: string | null;
  /** How the level was reached, in words. */
  rule: string;
  /** What decided a measure's level; null for a roll-up. */
  cause: VerdictCause | null;
  /** For a roll-up: every measure (or indicator) that needs attention, worst first, as `P2.2：reason`. */
  details: string[];
  /** For a roll-up: the judgements of the measures (and indicators) under it. */
  leaves?: LeafJudgement[];
}

export const LEAF_RULE =
  `红：有报告期过截止日未报，或最新报告自报滞后；黄：最新报告自报存在风险，或完成度落后序时进度超过 ${PACE_TOLERANCE_POINTS} 个百分点；` +
  `蓝：下一期报告 ${DUE_SOON_WORKING_DAYS} 个工作日内截止且尚未报送；否则绿。取最严重者`;

/** Up to this many working days late, lateness reads in working days; beyond, in months and years. */
export const LATE_IN_WORKING_DAYS_UP_TO = 20;

/** Whole calendar months from one date to another (2025-10-14 → 2025-12-13: 1). */
function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return to.slice(8, 10) < from.slice(8, 10) ? months - 1 : months;
}

/**
 * How late, as a person says it: on the first days in working days (a deadline before a weekend loses no working
 * day until Monday), after a month in months, after a year in years and months; always with the deadline.
 */
export function lateness(dueOn: string, today: string, workingDaysLate: number): string {
  if (workingDaysLate <= 0) return `已过截止日（${dueOn}）`;
  if (workingDaysLate <= LATE_IN_WORKING_DAYS_UP_TO) return `已过截止日 ${workingDaysLate} 个工作日（截止 ${dueOn}）`;
  const months = Math.max(1, monthsBetween(dueOn, today));
  const years = Math.floor(months / 12);
  const span = years > 0 ? `${years} 年${months % 12 > 0 ? ` ${months % 12} 个月` : ''}` : `${months} 个月`;
  return `已逾期 ${span}（截止 ${dueOn}）`;
}

/** The overdue periods in one sentence: the newest gap first when there is one, else how many and since when. */
function overdueReason(overdue: readonly OverduePeriod[], today: string): string {
  const first = overdue[0]!;
  if (overdue.length === 1)
    return `${first.period} 进展逾期未报，${lateness(first.dueOn, today, first.workingDaysLate)}`;
  const which =
    overdue.length > 3 ? `${first.period} 至 ${overdue.at(-1)!.period}` : overdue.map((o) => o.period).join('、');
  return `${overdue.length} 期进展逾期未报（${which}），最早一期${lateness(first.dueOn, today, first.workingDaysLate)}`;
}

/** The three-colour warning of one measure (or one department's part in it) today. */
export function leafWarning(
  plan: PlanPeriod,
  today: string,
  state: ReportingState,
  latest: LatestReport | null,
  /** The measure's percent complete by the progress roll-up; defaults to the latest report's. */
  percent: number = latest?.percentComplete ?? 0,
): WarningResult {
  type Found = [WarningLevel, string, string | null, VerdictCause];
  if (today < plan.startsOn) {
    return result([[WarningLevel.GREY, `方案尚未开始（${plan.startsOn} 起）`, null, VerdictCause.NOT_STARTED]]);
  }
  if (latest?.status === ProgressStatus.COMPLETED) {
    // Completed work owes no further reports.
    return result([[WarningLevel.GREEN, `已完成（${latest.period} 报告）`, null, VerdictCause.COMPLETED]]);
  }
  const found: Found[] = [];
  const { overdue } = state;
  if (overdue.length > 0) {
    found.push([WarningLevel.RED, overdueReason(overdue, today), overdue[0]!.dueOn, VerdictCause.OVERDUE]);
  }
  if (latest?.status === ProgressStatus.DELAYED) {
    found.push([WarningLevel.RED, `最新报告（${latest.period}）自报滞后`, null, VerdictCause.DELAYED]);
  }
  if (latest?.status === ProgressStatus.AT_RISK) {
    found.push([WarningLevel.YELLOW, `最新报告（${latest.period}）自报存在风险`, null, VerdictCause.AT_RISK]);
  }
  const expected = expectedProgress(plan, today);
  const behind = Math.round((expected - percent) * 10) / 10;
  if (behind > PACE_TOLERANCE_POINTS) {
    found.push([
      WarningLevel.YELLOW,
      `序时进度 ${expected}%，实际 ${percent}%，落后 ${behind} 个百分点`,
      null,
      VerdictCause.BEHIND_PACE,
    ]);
  }
  const next = state.nextDue;
  if (next && next.workingDaysLeft <= DUE_SOON_WORKING_DAYS) {
    found.push([
      WarningLevel.BLUE,
      next.workingDaysLeft === 0
        ? `${next.period} 进展今日截止（${next.dueOn}），尚未报送`
        : `${next.period} 进展 ${next.workingDaysLeft} 个工作日后截止（${next.dueOn}），尚未报送`,
      next.dueOn,
      VerdictCause.DUE_SOON,
    ]);
  }
  if (found.length === 0) {
    found.push([
      WarningLevel.GREEN,
      `按期报送，进度正常（序时 ${expected}%，实际 ${percent}%）${next ? `；下一期 ${next.period} 截止 ${next.dueOn}` : ''}`,
      next?.dueOn ?? null,
      VerdictCause.ON_TRACK,
    ]);
  }
  return result(found);

  function result(reasons: Found[]): WarningResult {
    const sorted = [...reasons].sort((a, b) => SEVERITY[b[0]] - SEVERITY[a[0]]);
    const [level, reason, dueOn, cause] = sorted[0]!;
    return {
      level,
      reason,
      reasons: sorted.map((r) => r[1]),
      dueOn: dueOn ?? state.nextDue?.dueOn ?? null,
      rule: LEAF_RULE,
      cause,
      details: [],
    };
  }
}

export interface WarningCounts {
  red: number;
  yellow: number;
  blue: number;
  green: number;
  grey: number;
  total: number;
}

/** How many parts are at each level. */
export function countLevels(levels: readonly WarningLevel[]): WarningCounts {
  const counts: WarningCounts = { red: 0, yellow: 0, blue: 0, green: 0, grey: 0, total: levels.length };
  for (const level of levels) counts[level.toLowerCase() as Exclude<keyof WarningCounts, 'total'>] += 1;
  return counts;
}

export interface RolledUpWarning extends WarningResult {
  counts: WarningCounts;
}

/** What each cause is called in a roll-up's sentence, worst first (the order the sentence lists them). */
const CAUSE_PHRASE: [VerdictCause, string][] = [
  [VerdictCause.OVERDUE, '项措施逾期未报'],
  [VerdictCause.DELAYED, '项措施自报滞后'],
  [VerdictCause.INDICATOR, '项指标落后或未达成'],
  [VerdictCause.AT_RISK, '项措施自报存在风险'],
  [VerdictCause.BEHIND_PACE, '项措施落后序时进度'],
  [VerdictCause.DUE_SOON, '项措施临近截止尚未报送'],
];

/** The judgements under a part: its own when it is a measure, else those it carries up. */
function leavesOf(part: { label: string; warning: WarningResult }): LeafJudgement[] {
  if (part.warning.leaves) return part.warning.leaves;
  const { level, reason, dueOn } = part.warning;
  return [{ label: part.label, level, reason, dueOn, cause: part.warning.cause ?? VerdictCause.ON_TRACK }];
}

/** Worst first; among equals, the one whose deadline passed first. */
const byUrgency = (a: LeafJudgement, b: LeafJudgement) =>
  SEVERITY[b.level] - SEVERITY[a.level] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');

/**
 * The roll-up rule: a node is as bad as its worst part (取最严重). Its reason says, as a person would, how many
 * measures need what (3 项措施逾期未报，1 项措施自报滞后) and then the worst one and why; `details` lists every measure
 * that needs attention.
 */
export function rollUp(what: string, parts: readonly { label: string; warning: WarningResult }[]): RolledUpWarning {
  const counts = countLevels(parts.map((p) => p.warning.level));
  const rule = `${what}预警 = 所含 ${parts.length} 项中最严重的等级（红 > 黄 > 蓝 > 绿 > 灰）`;
  let level = WarningLevel.GREY;
  for (const part of parts) level = worse(level, part.warning.level);
  const leaves = parts.flatMap(leavesOf).sort(byUrgency);
  const attention = leaves.filter((leaf) => SEVERITY[leaf.level] >= SEVERITY[WarningLevel.BLUE]);
  const details = attention.map((leaf) => `${leaf.label}：${leaf.reason}`);
  const dueOns = parts
    .map((p) => p.warning.dueOn)
    .filter((d): d is string => d !== null)
    .sort();
  const base = { level, reasons: details, rule, counts, cause: null, details, leaves };
  if (parts.length === 0) {
    return { ...base, reason: `无可预警的${what === '部门' ? '承担措施' : '措施'}`, dueOn: null };
  }
  const worst = leaves[0]!;
  const dueOn = worst.dueOn ?? dueOns[0] ?? null;
  if (level === WarningLevel.GREY) return { ...base, reason: worst.reason, dueOn };
  if (attention.length === 0) {
    const measures = leaves.filter((leaf) => leaf.cause !== VerdictCause.INDICATOR).length;
    const completed = leaves.filter((leaf) => leaf.cause === VerdictCause.COMPLETED).length;
    const reason =
      measures === 1 && leaves.length === 1
        ? `${worst.label}：${worst.reason}`
        : `${leaves.length} 项均正常：按期报送、进度正常${completed > 0 ? `（其中 ${completed} 项已完成）` : ''}`;
    return { ...base, reason, dueOn };
  }
  if (attention.length === 1) return { ...base, reason: `${worst.label}：${worst.reason}`, dueOn };
  const tally = CAUSE_PHRASE.map(
    ([cause, phrase]) => [attention.filter((l) => l.cause === cause).length, phrase] as const,
  )
    .filter(([n]) => n > 0)
    .map(([n, phrase]) => `${n} ${phrase}`)
    .join('，');
  return { ...base, reason: `${tally}；最严重的是 ${worst.label}：${worst.reason}`, dueOn };
}

/** The one verdict a leader sees first: a level, a word for it, who said so, a sentence why, and the details. */
export interface Verdict {
  level: WarningLevel;
  /** A word or two: 逾期未报, 自报滞后, 正常推进; for a roll-up, 需督办, 需关注 …. */
  label: string;
  /** Whose word decided it: 部门自报 (the department's status) or 系统研判 (the system's judgement). */
  basis: string;
  reason: string;
  details: string[];
}

const CAUSE_LABEL: Record<VerdictCause, [string, string]> = {
  [VerdictCause.NOT_STARTED]: ['未开始', '方案日期'],
  [VerdictCause.OVERDUE]: ['逾期未报', '系统研判'],
  [VerdictCause.DELAYED]: ['自报滞后', '部门自报'],
  [VerdictCause.AT_RISK]: ['存在风险', '部门自报'],
  [VerdictCause.BEHIND_PACE]: ['落后序时', '系统研判'],
  [VerdictCause.DUE_SOON]: ['临近截止', '系统研判'],
  [VerdictCause.ON_TRACK]: ['正常推进', '部门自报，系统核实'],
  [VerdictCause.COMPLETED]: ['已完成', '部门自报'],
  [VerdictCause.INDICATOR]: ['指标落后', '系统研判'],
};

const ROLLUP_LABEL: Record<WarningLevel, string> = {
  [WarningLevel.RED]: '需督办',
  [WarningLevel.YELLOW]: '需关注',
  [WarningLevel.BLUE]: '临近截止',
  [WarningLevel.GREEN]: '正常推进',
  [WarningLevel.GREY]: '未开始',
};

/**
 * The verdict of a department that leads nothing (配合单位): the level of the work it shares, but said to be the
 * shared work's, since it owes no reports of its own (its desk says 本部门当前无待办).
 */
export function participantVerdict(verdict: Verdict): Verdict {
  return {
    ...verdict,
    label: '配合',
    basis: '配合单位不单独报送：取所配合措施中最严重者',
    reason: `本部门只配合、不单独报送；所配合的措施：${verdict.reason}`,
  };
}

/**
 * The verdict: the warning, which already weighs the department's own status (滞后 is red, 存在风险 yellow, 已完成
 * green) against the system's checks (deadlines, 序时进度), named by what decided it.
 */
export function verdictOf(warning: WarningResult): Verdict {
  if (warning.cause) {
    const [label, basis] = CAUSE_LABEL[warning.cause];
    return { level: warning.level, label, basis, reason: warning.reason, details: warning.reasons.slice(1) };
  }
  return {
    level: warning.level,
    label: ROLLUP_LABEL[warning.level],
    basis: '取所含各项中最严重者',
    reason: warning.reason,
    details: warning.details,
  };
}

/** The day before a date: the last day a withdrawn measure (or a replaced lead) still owed its reports. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 撤销: a withdrawn measure owes nothing from its withdrawnOn, so its reporting duty ends the day before. */
export function withdrawalSpan(measure: { withdrawnOn: string | null }): DutySpan {
  return { until: measure.withdrawnOn === null ? null : dayBefore(measure.withdrawnOn) };
}

/**
 * The span a leaf measure as a whole owes reports over: from the first day anyone held a duty on it (a measure a
 * revision added owes nothing due before its units took it on; null when some duty ran from the plan's start) to
 * its withdrawal.
 */
export function measureDutySpan(
  terms: readonly { since: string | null }[],
  measure: { withdrawnOn: string | null },
): DutySpan {
  const starts = terms.map((term) => term.since);
  const since =
    starts.length === 0 || starts.includes(null) ? null : (starts as string[]).reduce((a, b) => (a < b ? a : b));
  return { since, ...withdrawalSpan(measure) };
}

/** The warning of a withdrawn measure: no level of its own (grey), counted nowhere, its reason and date said. */
export function withdrawnWarning(measure: {
  withdrawnOn: string | null;
  withdrawnReason: string | null;
}): WarningResult {
  const reason = `已撤销（${measure.withdrawnOn} 起）：${measure.withdrawnReason ?? ''}`;
  return {
    level: WarningLevel.GREY,
    reason,
    reasons: [reason],
    dueOn: null,
    rule: '已撤销的措施不再报送、不预警，不计入各项统计',
    cause: null,
    details: [],
  };
}

/** A project (or measure with parts) whose every part a revision withdrew: nothing left to judge. */
export function allPartsWithdrawnWarning(): WarningResult {
  const reason = '所含措施均已撤销';
  return { ...withdrawnWarning({ withdrawnOn: null, withdrawnReason: null }), reason, reasons: [reason] };
}
