import { addDays, dayNumber, type WorkingCalendar } from '../calendar';
import { ProgressStatus, periodRange } from '../progress';
import { ReportingCycle, WarningLevel } from './supervision.enum';

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

/** Levels from worst to mildest. */
export const LEVELS_WORST_FIRST = [
  WarningLevel.RED,
  WarningLevel.YELLOW,
  WarningLevel.BLUE,
  WarningLevel.GREEN,
  WarningLevel.GREY,
] as const;

export const LEVEL_NAME: Record<WarningLevel, string> = {
  [WarningLevel.RED]: '红',
  [WarningLevel.YELLOW]: '黄',
  [WarningLevel.BLUE]: '蓝',
  [WarningLevel.GREEN]: '绿',
  [WarningLevel.GREY]: '灰',
};

/** The period of a cycle that contains a date: 2025-06, 2025-Q2 or 2025-H1. */
export function periodOf(date: string, cycle: ReportingCycle): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (cycle === ReportingCycle.QUARTERLY) return `${year}-Q${Math.ceil(month / 3)}`;
  if (cycle === ReportingCycle.HALF_YEARLY) return `${year}-H${month <= 6 ? 1 : 2}`;
  return date.slice(0, 7);
}

/** The periods of a cycle from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(from: string, to: string, cycle: ReportingCycle): string[] {
  // Pure, and asked for the same plan window by every measure of a plan: remembered (a copy is handed out).
  const key = `${from}|${to}|${cycle}`;
  const known = PERIODS.get(key);
  if (known) return [...known];
  const periods = listPeriods(from, to, cycle);
  if (PERIODS.size < 10_000) PERIODS.set(key, Object.freeze([...periods]));
  return periods;
}

const PERIODS = new Map<string, readonly string[]>();

function listPeriods(from: string, to: string, cycle: ReportingCycle): string[] {
  const periods: string[] = [];
  for (let period = periodOf(from, cycle); periodRange(period).start <= to; ) {
    periods.push(period);
    period = periodOf(addDays(periodRange(period).end, 1), cycle);
  }
  return periods;
}

/** 报送时限: the report for a period is due on the n-th working day of the month after it ends. */
export function dueOnOf(period: string, dueWorkingDay: number, calendar: WorkingCalendar): string {
  let known = DUE_ON.get(calendar);
  if (!known) {
    known = new Map();
    DUE_ON.set(calendar, known);
  }
  const key = `${period}|${dueWorkingDay}`;
  let due = known.get(key);
  if (due === undefined) {
    const next = addDays(periodRange(period).end, 1);
    due = calendar.nthWorkingDayOfMonth(Number(next.slice(0, 4)), Number(next.slice(5, 7)), dueWorkingDay);
    known.set(key, due);
  }
  return due;
}

/** Deadlines by calendar (each calendar is immutable: an office edit builds a new one). */
const DUE_ON = new WeakMap<WorkingCalendar, Map<string, string>>();

/**
 * A report (of any cycle) counts for a period when it reaches the period's end: its own period ends on that day
 * (2025-12 or 2025-Q4 for 2025-Q4) or contains it (2025-Q2 for 2025-05). An October report is not a Q4 report.
 */
export function covers(reportPeriod: string, period: string): boolean {
  const report = periodRange(reportPeriod);
  const end = periodRange(period).end;
  return report.start <= end && report.end >= end;
}

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

export interface ReportingState {
  cycle: ReportingCycle;
  dueWorkingDay: number;
  /** The period today falls in (the plan's last period once the plan has ended); null before the plan starts. */
  currentPeriod: string | null;
  currentDueOn: string | null;
  currentReported: boolean;
  /** The first unreported period whose deadline is today or later. */
  nextDue: { period: string; dueOn: string; workingDaysLeft: number } | null;
  /** Unreported periods past their deadline that end after the last report's period (a later report supersedes gaps). */
  overdue: OverduePeriod[];
}

/** Where reporting stands for one department (or a measure's lead departments) given the periods reported. */
export function reportingState(
  plan: PlanPeriod,
  schedule: Schedule,
  reportedPeriods: readonly string[],
  today: string,
  calendar: WorkingCalendar,
): ReportingState {
  const state: ReportingState = {
    ...schedule,
    currentPeriod: null,
    currentDueOn: null,
    currentReported: false,
    nextDue: null,
    overdue: [],
  };
  if (today < plan.startsOn) return state;
  const periods = periodsBetween(plan.startsOn, today < plan.endsOn ? today : plan.endsOn, schedule.cycle);
  const reported = periods.map((period) => reportedPeriods.some((r) => covers(r, period)));
  const lastReportedEnd =
    reportedPeriods
      .map((r) => periodRange(r).end)
      .sort()
      .at(-1) ?? '';
  const current = periods.length - 1;
  state.currentPeriod = periods[current] ?? null;
  state.currentDueOn = state.currentPeriod && dueOnOf(state.currentPeriod, schedule.dueWorkingDay, calendar);
  state.currentReported = reported[current] ?? false;
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (reported[i] || periodRange(period).end <= lastReportedEnd) continue;
    const dueOn = dueOnOf(period, schedule.dueWorkingDay, calendar);
    if (dueOn < today) {
      state.overdue.push({ period, dueOn, workingDaysLate: calendar.workingDaysBetween(dueOn, today) });
    } else if (!state.nextDue) {
      state.nextDue = { period, dueOn, workingDaysLeft: calendar.workingDaysBetween(today, dueOn) };
    }
  }
  return state;
}

export interface LatestReport {
  period: string;
  status: ProgressStatus;
  percentComplete: number;
}

export interface WarningResult {
  level: WarningLevel;
  /** The decisive reason: the first of the worst level. */
  reason: string;
  /** Every reason that applies, worst first. */
  reasons: string[];
  /** The deadline the warning is about, if any. */
  dueOn: string | null;
  /** How the level was reached, in words. */
  rule: string;
}

export const LEAF_RULE =
  `红：有报告期过截止日未报，或最新报告自报滞后；黄：最新报告自报存在风险，或完成度落后序时进度超过 ${PACE_TOLERANCE_POINTS} 个百分点；` +
  `蓝：下一期报告 ${DUE_SOON_WORKING_DAYS} 个工作日内截止且尚未报送；否则绿。取最严重者`;

/** How late, in words: past a deadline that fell before a weekend or holiday, no working day has been lost yet. */
function lateBy(workingDaysLate: number): string {
  return workingDaysLate > 0 ? `逾期 ${workingDaysLate} 个工作日` : '已过截止日未报';
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
  if (today < plan.startsOn) {
    return result([[WarningLevel.GREY, `方案尚未开始（${plan.startsOn} 起）`, null]]);
  }
  if (latest?.status === ProgressStatus.COMPLETED) {
    return result([[WarningLevel.GREEN, `已完成（${latest.period} 报告）`, null]]);
  }
  const found: [WarningLevel, string, string | null][] = [];
  const { overdue } = state;
  if (overdue.length === 1) {
    const [o] = overdue as [OverduePeriod];
    found.push([WarningLevel.RED, `${o.period} 报告${lateBy(o.workingDaysLate)}（截止 ${o.dueOn}）`, o.dueOn]);
  } else if (overdue.length > 1) {
    const first = overdue[0]!;
    found.push([
      WarningLevel.RED,
      `${overdue.length} 期报告逾期未报（${overdue.length > 3 ? `${first.period} 至 ${overdue.at(-1)!.period}` : overdue.map((o) => o.period).join('、')}），最早一期${lateBy(first.workingDaysLate)}（截止 ${first.dueOn}）`,
      first.dueOn,
    ]);
  }
  if (latest?.status === ProgressStatus.DELAYED) {
    found.push([WarningLevel.RED, `最新报告（${latest.period}）自报滞后`, null]);
  }
  if (latest?.status === ProgressStatus.AT_RISK) {
    found.push([WarningLevel.YELLOW, `最新报告（${latest.period}）自报存在风险`, null]);
  }
  const expected = expectedProgress(plan, today);
  const behind = Math.round((expected - percent) * 10) / 10;
  if (behind > PACE_TOLERANCE_POINTS) {
    found.push([WarningLevel.YELLOW, `序时进度 ${expected}%，实际 ${percent}%，落后 ${behind} 个百分点`, null]);
  }
  const next = state.nextDue;
  if (next && next.workingDaysLeft <= DUE_SOON_WORKING_DAYS) {
    found.push([
      WarningLevel.BLUE,
      next.workingDaysLeft === 0
        ? `${next.period} 报告今日截止（${next.dueOn}），尚未报送`
        : `${next.period} 报告 ${next.workingDaysLeft} 个工作日后截止（${next.dueOn}），尚未报送`,
      next.dueOn,
    ]);
  }
  if (found.length === 0) {
    found.push([
      WarningLevel.GREEN,
      `按期报送，进度正常（序时 ${expected}%，实际 ${percent}%）${next ? `；下一期 ${next.period} 截止 ${next.dueOn}` : ''}`,
      next?.dueOn ?? null,
    ]);
  }
  return result(found);

  function result(reasons: [WarningLevel, string, string | null][]): WarningResult {
    const sorted = [...reasons].sort((a, b) => SEVERITY[b[0]] - SEVERITY[a[0]]);
    const [level, reason, dueOn] = sorted[0]!;
    return {
      level,
      reason,
      reasons: sorted.map((r) => r[1]),
      dueOn: dueOn ?? state.nextDue?.dueOn ?? null,
      rule: LEAF_RULE,
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

/**
 * The roll-up rule: a node is as bad as its worst part (取最严重). Its reason names the counts and the worst part's
 * own reason, so a red plan says which measure made it red and why.
 */
export function rollUp(what: string, parts: readonly { label: string; warning: WarningResult }[]): RolledUpWarning {
  const counts = countLevels(parts.map((p) => p.warning.level));
  const rule = `${what}预警 = 所含 ${parts.length} 项中最严重的等级（红 > 黄 > 蓝 > 绿 > 灰）`;
  const tally = LEVELS_WORST_FIRST.filter((level) => counts[level.toLowerCase() as keyof WarningCounts] > 0)
    .map((level) => `${LEVEL_NAME[level]} ${counts[level.toLowerCase() as keyof WarningCounts]}`)
    .join('、');
  let worst: { label: string; warning: WarningResult } | undefined;
  for (const part of parts) {
    if (!worst || SEVERITY[part.warning.level] > SEVERITY[worst.warning.level]) worst = part;
  }
  if (!worst) {
    return {
      level: WarningLevel.GREY,
      reason: `无可预警的${what === '部门' ? '牵头措施' : '措施'}`,
      reasons: [],
      dueOn: null,
      rule,
      counts,
    };
  }
  const reason = `${parts.length} 项中 ${tally}；最严重：${worst.label} ${worst.warning.reason}`;
  const reasons = parts
    .filter((p) => p.warning.level === worst.warning.level)
    .map((p) => `${p.label} ${p.warning.reason}`);
  const dueOns = parts
    .map((p) => p.warning.dueOn)
    .filter((d): d is string => d !== null)
    .sort();
  return { level: worst.warning.level, reason, reasons, dueOn: worst.warning.dueOn ?? dueOns[0] ?? null, rule, counts };
}
