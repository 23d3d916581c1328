import { chinaDate } from '../../shared/clock';
import { addDays, dayNumber, type WorkingCalendar } from '../calendar';
import { MessageKind, ReminderStep, UrgeStep } from './message.enum';
import type { InstructionFacts, ReportDueFacts, ReportReturnedFacts, UrgeNoticeFacts } from './message.facts';

/**
 * When messages are due and when they may go out, as pure functions of the facts, today (Beijing) and the working
 * calendar: the reporting reminder's steps, the weekly digest's day, quiet hours, retries and the keys that make
 * every message once. No database, no scope.
 */

// ---------------------------------------------------------------------------------------------------------------
// Reporting reminders (报送提醒)

/** A plan that sets no `reminderLeadDays` reminds this many working days before a deadline. */
export const DEFAULT_REMINDER_LEAD_DAYS = 3;
/**
 * MISSED is meant for the first working day after the deadline; a sweep that did not run then (the server was down)
 * may still send it on this many working days more. Later, the gap is the desk's and the warnings' to show.
 */
export const MISSED_CATCH_UP_WORKING_DAYS = 2;

/**
 * What a reminder needs of a lead assignment's reporting state: supervision's `ReportingState` fits as it is
 * (typed here by shape, so that this module need not depend on supervision).
 */
export interface ReminderState {
  /** The first unreported period whose deadline is today or later. */
  nextDue: { period: string; dueOn: string; workingDaysLeft: number } | null;
  /** Unreported periods past their deadline, oldest first (supervision's order). */
  overdue: readonly { period: string; dueOn: string; workingDaysLate: number }[];
}

export interface ReminderInput {
  state: ReminderState;
  /** YYYY-MM-DD in Beijing. */
  today: string;
  calendar: WorkingCalendar;
  /** The plan's `reminderLeadDays` (default DEFAULT_REMINDER_LEAD_DAYS); 0 sends no BEFORE step. */
  leadDays?: number;
}

/** The reminder step due today for one duty, with what its facts need. */
export interface ReminderDue {
  step: ReminderStep;
  period: string;
  dueOn: string;
  /** BEFORE only: working days left until the deadline (1..leadDays). */
  workingDaysLeft?: number;
}

/**
 * The reporting reminder due today, if any. Only on working days. MISSED on the first working day after the newest
 * overdue period's deadline (or up to MISSED_CATCH_UP_WORKING_DAYS later, for a sweep that missed it); never for
 * older gaps, so a first run over a history does not send a burst of them. ON_DAY on the deadline itself. BEFORE on
 * each working day 1..leadDays working days before it: the step is due the whole stretch (a sweep missed on the
 * first day still sends on the next), and its dedup key makes it once. MISSED wins over a next deadline.
 * Day counts are the calendar's (`workingDaysBetween`), worked out again for `today` rather than read from the
 * state, so a state computed earlier cannot shift them.
 */
export function reminderStepDue({
  state,
  today,
  calendar,
  leadDays = DEFAULT_REMINDER_LEAD_DAYS,
}: ReminderInput): ReminderDue | null {
  if (!calendar.isWorkingDay(today)) return null;
  const newest = state.overdue.reduce<ReminderState['overdue'][number] | undefined>(
    (latest, o) => (latest === undefined || o.dueOn > latest.dueOn ? o : latest),
    undefined,
  );
  if (newest && newest.dueOn < today) {
    const late = calendar.workingDaysBetween(newest.dueOn, today);
    if (late >= 1 && late <= 1 + MISSED_CATCH_UP_WORKING_DAYS) {
      return { step: ReminderStep.MISSED, period: newest.period, dueOn: newest.dueOn };
    }
  }
  const next = state.nextDue;
  if (!next || next.dueOn < today) return null;
  if (next.dueOn === today) return { step: ReminderStep.ON_DAY, period: next.period, dueOn: next.dueOn };
  const left = calendar.workingDaysBetween(today, next.dueOn);
  if (left >= 1 && left <= leadDays) {
    return { step: ReminderStep.BEFORE, period: next.period, dueOn: next.dueOn, workingDaysLeft: left };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Dedup keys: one message per (recipient, duty, step)

/** Who a message is for: one person, or a department (all who act for it). */
export type Recipient = { userId: number } | { departmentId: number };

/** `u<userId>` or `d<departmentId>`: the recipient part of every dedup key. */
export function recipientKey(recipient: Recipient): string {
  return 'userId' in recipient ? `u${recipient.userId}` : `d${recipient.departmentId}`;
}

/**
 * REPORT_DUE:<recipient>:m<measureId>:d<departmentId>:<period>:<step>. The duty is the department's report for the
 * measure and period; the deadline is left out, so that a calendar edit moving it does not remind twice, and the
 * days left are left out, so that BEFORE is once however many days of its stretch the sweep runs.
 */
export function reportDueKey(recipient: Recipient, facts: ReportDueFacts): string {
  return [
    MessageKind.REPORT_DUE,
    recipientKey(recipient),
    `m${facts.measureId}`,
    `d${facts.departmentId}`,
    facts.period,
    facts.step,
  ].join(':');
}

/**
 * URGE_NOTICE:<recipient>:n<urgeNoticeId>:<step>[:<which>][:e<eventId>]. A step that can happen more than once to a
 * notice says which time: ESCALATED the escalation count, REPLY_NEAR the reply date it warns of (an extension brings
 * a new one), EXTENSION_* the date asked for. The causing event's id, when given, makes every event's message its own.
 */
export function urgeKey(recipient: Recipient, facts: UrgeNoticeFacts, eventId?: number): string {
  const which: Partial<Record<UrgeStep, string | undefined>> = {
    [UrgeStep.ESCALATED]: `x${facts.escalations ?? 0}`,
    [UrgeStep.REPLY_NEAR]: facts.replyBy,
    [UrgeStep.EXTENSION_APPROVED]: facts.requestedDueOn,
    [UrgeStep.EXTENSION_REFUSED]: facts.requestedDueOn,
  };
  return [
    MessageKind.URGE_NOTICE,
    recipientKey(recipient),
    `n${facts.urgeNoticeId}`,
    facts.step,
    which[facts.step],
    eventId === undefined ? undefined : `e${eventId}`,
  ]
    .filter((part) => part !== undefined)
    .join(':');
}

/**
 * REPORT_RETURNED:<recipient>:r<reportId>:e<eventId>. A report can be returned, revised and returned again: each
 * return is its own event.
 */
export function reportReturnedKey(recipient: Recipient, facts: ReportReturnedFacts, eventId: number): string {
  return [MessageKind.REPORT_RETURNED, recipientKey(recipient), `r${facts.reportId}`, `e${eventId}`].join(':');
}

/** INSTRUCTION:<recipient>:i<instructionId>: an instruction is told once to each recipient. */
export function instructionKey(recipient: Recipient, facts: InstructionFacts): string {
  return [MessageKind.INSTRUCTION, recipientKey(recipient), `i${facts.instructionId}`].join(':');
}

/** WEEKLY_DIGEST:u<userId>:p<planId>:<week>: one digest of a plan a week to each leader. */
export function digestKey(userId: number, planId: number, week: string): string {
  return [MessageKind.WEEKLY_DIGEST, recipientKey({ userId }), `p${planId}`, week].join(':');
}

// ---------------------------------------------------------------------------------------------------------------
// Quiet hours: messages go out on working days, 08:30–20:00 Beijing time

/** Sending starts at this Beijing time on a working day. */
export const SENDING_STARTS_AT = '08:30';
/** Sending stops at this Beijing time; what comes later waits for the next working day. */
export const SENDING_ENDS_AT = '20:00';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const STARTS = minutesOf(SENDING_STARTS_AT);
const ENDS = minutesOf(SENDING_ENDS_AT);

/** Minutes since midnight, Beijing time (UTC+8, no daylight saving), fractions included. */
function chinaMinutes(instant: Date): number {
  return (((instant.getTime() / 60_000 + 8 * 60) % 1440) + 1440) % 1440;
}

/** Sending starts on a day: its Beijing 08:30 as an instant. */
function sendingStartOn(date: string): Date {
  return new Date(`${date}T${SENDING_STARTS_AT}:00+08:00`);
}

/** True at night (before 08:30 or from 20:00 Beijing time) and on a day that is not a working day. */
export function isQuietTime(instant: Date, calendar: WorkingCalendar): boolean {
  if (!calendar.isWorkingDay(chinaDate(instant))) return true;
  const minutes = chinaMinutes(instant);
  return minutes < STARTS || minutes >= ENDS;
}

/**
 * When a message ready at `instant` may go out: at once outside quiet hours; before 08:30 on a working day, at 08:30
 * that day; otherwise at 08:30 of the next working day.
 */
export function nextSendingTime(instant: Date, calendar: WorkingCalendar): Date {
  if (!isQuietTime(instant, calendar)) return new Date(instant);
  const date = chinaDate(instant);
  if (calendar.isWorkingDay(date) && chinaMinutes(instant) < STARTS) return sendingStartOn(date);
  return sendingStartOn(calendar.addWorkingDays(date, 1));
}

// ---------------------------------------------------------------------------------------------------------------
// The weekly digest (每周简报)

/** The ISO 8601 week of a date, as 2026-W49 (weeks start on Monday; the week of a year's first Thursday is W01). */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 3 - weekdayIndex(date));
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 0 … Sunday 6. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The day the digest is made in the ISO week starting on `monday`: its first working weekday. A 调休 Saturday or
 * Sunday is never it (a week whose weekdays are all off, as in a Spring Festival week, makes no digest): it would
 * otherwise come a day before the next week's, as the make-up Sunday 2024-02-18 before Monday 2024-02-19 would.
 */
function digestDayOfWeek(monday: string, calendar: WorkingCalendar): string | null {
  for (let i = 0; i < 5; i++) {
    const date = addDays(monday, i);
    if (calendar.isWorkingDay(date)) return date;
  }
  return null;
}

/** Looking back for the previous digest day gives up after this many weeks without one (then it covers seven days). */
const DIGEST_LOOKBACK_WEEKS = 8;

export interface DigestWeek {
  /** The ISO week before the one it is made in (2026-W49): its label and its dedup key part. */
  week: string;
  /** The first day it covers: the day the previous digest was made (usually the Monday a week before). */
  from: string;
  /** The day it is made: today. It covers `from` up to the day before. */
  on: string;
}

/**
 * The weekly digest due today, if today is the day it is made: the first working weekday of an ISO week (Monday;
 * Tuesday when Monday is a holiday; Thursday after the National Day). It covers the days since the previous digest
 * was made, up to yesterday: seven days as a rule, more after a week with no digest and fewer after a late one, so
 * that no day is told twice or left out.
 */
export function digestWeekDue(today: string, calendar: WorkingCalendar): DigestWeek | null {
  const monday = addDays(today, -weekdayIndex(today));
  if (digestDayOfWeek(monday, calendar) !== today) return null;
  let from = addDays(today, -7);
  for (let weeks = 1; weeks <= DIGEST_LOOKBACK_WEEKS; weeks++) {
    const previous = digestDayOfWeek(addDays(monday, -7 * weeks), calendar);
    if (previous) {
      from = previous;
      break;
    }
  }
  return { week: isoWeekOf(addDays(monday, -1)), from, on: today };
}

/**
 * The digest's red measures in the order the cockpit's roll-ups list them: the one whose deadline passed first,
 * first (a red without a deadline last); among equals, in the order given (the plan's).
 */
export function mostOverdueFirst<T extends { dueOn: string | null }>(reds: readonly T[]): T[] {
  return [...reds].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}

// ---------------------------------------------------------------------------------------------------------------
// Delivery retries

/** Waits after the 1st, 2nd, … failed attempt: 30 s, 2 min, 10 min, 30 min, 2 h. */
export const RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
/** A delivery is FAILED when this many attempts have failed (the office may then retry it by hand). */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * How long to wait after `attempt` (1-based: the number of attempts made, the last of which failed) before the next;
 * null when it was the last attempt and the delivery is FAILED.
 */
export function nextAttemptDelayMs(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`not an attempt number: ${attempt}`);
  return attempt >= MAX_ATTEMPTS ? null : RETRY_DELAYS_MS[attempt - 1]!;
}
