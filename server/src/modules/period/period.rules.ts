import { DomainError } from '../../shared/errors';
import { addDays, type WorkingCalendar } from '../calendar';
import { ReportingCycle } from './period.enum';

/**
 * Reporting periods (报告期), worked out in one place for progress, supervision, assessment and evaluation: a period
 * is written 2025-06 (a month), 2025-Q2 (a quarter) or 2025-H1 (a half-year); its cycle is read from how it is
 * written. Pure: no database, no scope.
 */

/** After a plan's term ends, reports and values are still taken for this long (the evaluation window, 评估期). */
export const EVALUATION_WINDOW_MONTHS = 12;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4]|H[12])$/;

export interface DateRange {
  start: string;
  end: string;
}

/** Parsed periods: the warning and assessment rules ask for the same few dozen periods many thousand times. */
const RANGES = new Map<string, Readonly<DateRange>>();

/**
 * The first and last day of a period: 2025-06, 2025-Q2 or 2025-H1. A period written otherwise is BAD_USER_INPUT on
 * `field` (PERIOD_FORMAT).
 */
export function periodRange(period: string, field = 'input.period'): Readonly<DateRange> {
  const known = RANGES.get(period);
  if (known) return known;
  const range = Object.freeze(parsePeriodRange(period, field));
  if (RANGES.size < 100_000) RANGES.set(period, range);
  return range;
}

function parsePeriodRange(period: string, field: string): DateRange {
  const match = PERIOD.exec(period);
  if (!match) {
    throw new DomainError('BAD_USER_INPUT', {
      field,
      reason: '报告期格式应为 YYYY-MM、YYYY-Qn 或 YYYY-Hn，如 2025-06',
      detail: 'PERIOD_FORMAT',
    });
  }
  const year = Number(match[1]);
  const part = match[2] ?? '';
  const [first, months] = part.startsWith('Q')
    ? [(Number(part.slice(1)) - 1) * 3 + 1, 3]
    : part.startsWith('H')
      ? [(Number(part.slice(1)) - 1) * 6 + 1, 6]
      : [Number(part), 1];
  return { start: firstDayOfMonth(year, first), end: lastDayOfMonth(year, first - 1 + months) };
}

/** YYYY-MM-01 of a month counted from January of `year` (month 13 is next January). */
function firstDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
}

/** The last day of a month counted from January of `year` (month 0 is last December). */
function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The cycle a period is written in: 2025-06 monthly, 2025-Q2 quarterly, 2025-H1 half-yearly. */
export function cycleOf(period: string): ReportingCycle {
  const part = period.slice(5);
  if (part.startsWith('Q')) return ReportingCycle.QUARTERLY;
  if (part.startsWith('H')) return ReportingCycle.HALF_YEARLY;
  return ReportingCycle.MONTHLY;
}

/** The period of a cycle that contains a date: 2025-06, 2025-Q2 or 2025-H1. */
export function periodOf(date: string, cycle: ReportingCycle): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (cycle === ReportingCycle.QUARTERLY) return `${year}-Q${Math.ceil(month / 3)}`;
  if (cycle === ReportingCycle.HALF_YEARLY) return `${year}-H${month <= 6 ? 1 : 2}`;
  return date.slice(0, 7);
}

const HALF_NAME: Record<string, string> = { H1: '上半年', H2: '下半年' };
const QUARTER_NAME: Record<string, string> = { Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度' };

/**
 * A period in words, as a document says it: 2025-07 → 2025年7月, 2025-Q3 → 2025年第三季度, 2025-H1 → 2025年上半年, a
 * bare year 2025 → 2025年度. Anything else is given back as written (a message about a period since mistyped).
 */
export function periodName(period: string): string {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/.exec(period);
  if (!match) return period;
  const [, year, part] = match;
  if (part === undefined) return `${year}年度`;
  return `${year}年${HALF_NAME[part] ?? QUARTER_NAME[part] ?? `${Number(part)}月`}`;
}

/** The period after this one, in its own cycle: 2025-12 → 2026-01, 2025-Q4 → 2026-Q1. */
export function nextPeriod(period: string): string {
  return periodOf(addDays(periodRange(period).end, 1), cycleOf(period));
}

/** The period before this one, in its own cycle: 2025-01 → 2024-12, 2025-Q1 → 2024-Q4, 2025-H1 → 2024-H2. */
export function previousPeriod(period: string): string {
  return periodOf(addDays(periodRange(period).start, -1), cycleOf(period));
}

/** The periods of a cycle from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(from: string, to: string, cycle: ReportingCycle): string[] {
  // Pure, and asked for the same plan window by every measure of a plan: remembered (a copy is handed out).
  const key = `${from}|${to}|${cycle}`;
  const known = PERIODS.get(key);
  if (known) return [...known];
  const periods: string[] = [];
  for (let period = periodOf(from, cycle); periodRange(period).start <= to; period = nextPeriod(period)) {
    periods.push(period);
  }
  if (PERIODS.size < 10_000) PERIODS.set(key, Object.freeze([...periods]));
  return periods;
}

const PERIODS = new Map<string, readonly string[]>();

/**
 * A report (of any cycle) counts for a period when it reaches the period's end: its own period ends on that day
 * (2025-12 or 2025-Q4 for 2025-Q4) or contains it (2025-Q2 for 2025-05). An October report is not a Q4 report, and
 * a later period's report does not answer an earlier one (2025-12 does not cover 2025-06).
 */
export function covers(reportPeriod: string, period: string): boolean {
  const report = periodRange(reportPeriod);
  const end = periodRange(period).end;
  return report.start <= end && report.end >= end;
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

/** A plan's term. */
export interface Term {
  startsOn: string;
  endsOn: string;
}

/**
 * 本期 for filing: the period of the cycle reports are filed for today. While the plan runs, the one today falls in;
 * after it ends, its last (reports are still taken in the evaluation window, but the cadence ends with the term);
 * before it starts, its first.
 */
export function filingPeriod(plan: Term, today: string, cycle: ReportingCycle): string {
  const day = today < plan.startsOn ? plan.startsOn : today > plan.endsOn ? plan.endsOn : today;
  return periodOf(day, cycle);
}

/** The plan's reporting window: its term plus the evaluation window after it (to the end of that month). */
export function reportingWindow(plan: Term): { from: string; to: string } {
  const year = Number(plan.endsOn.slice(0, 4));
  const month = Number(plan.endsOn.slice(5, 7));
  return { from: plan.startsOn, to: lastDayOfMonth(year, month + EVALUATION_WINDOW_MONTHS) };
}
