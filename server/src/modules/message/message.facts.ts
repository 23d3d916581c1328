/**
 * What a message stores of its cause: the facts of its kind, as JSON. Its words are made from these facts and the
 * current names (message.text.ts) whenever it is read or sent, so a message stays one row whatever its channels.
 */
import type { MessageKind, ReminderStep, UrgeStep } from './message.enum';

export interface ReportDueFacts {
  kind: MessageKind.REPORT_DUE;
  step: ReminderStep;
  /** The measure (the first, when the reminder covers several). */
  measureId: number;
  /**
   * Every measure whose report for this period the department owes at this step, in the plan's order: a department
   * gets one reminder per period and step, however many measures it leads. Absent in reminders of one measure.
   */
  measureIds?: number[];
  /** The lead department that owes the report. */
  departmentId: number;
  /** The period owed (2025Q3, 2025-07, 2025H1, 2025). */
  period: string;
  /** Its deadline (YYYY-MM-DD). */
  dueOn: string;
  /** BEFORE: working days left until the deadline. */
  workingDaysLeft?: number;
}

export interface UrgeNoticeFacts {
  kind: MessageKind.URGE_NOTICE;
  step: UrgeStep;
  urgeNoticeId: number;
  measureId: number;
  departmentId: number;
  /** UrgeLevel: REMIND / CHASE / SUPERVISE. */
  level: string;
  /** The notice's text, as issued. */
  text: string;
  /** The reply date in force (YYYY-MM-DD). */
  replyBy: string;
  /** ESCALATED: how many times it has escalated. */
  escalations?: number;
  /** EXTENSION_*: the date asked for, and the office's reason when refused. */
  requestedDueOn?: string;
  decisionNote?: string | null;
}

export interface ReportReturnedFacts {
  kind: MessageKind.REPORT_RETURNED;
  reportId: number;
  measureId: number;
  departmentId: number;
  period: string;
  /** Why it was returned (the office's words). */
  reason: string | null;
}

export interface InstructionFacts {
  kind: MessageKind.INSTRUCTION;
  instructionId: number;
  departmentId: number;
  measureId: number;
  text: string;
  /** The leader's display name. */
  leader: string | null;
}

export interface WeeklyDigestFacts {
  kind: MessageKind.WEEKLY_DIGEST;
  /** The ISO week (2026-W49) before the one it was made in: its label (digestWeekDue in message.rules.ts). */
  week: string;
  /**
   * The day it was made (the first working weekday of its ISO week, YYYY-MM-DD) and the first day it covers: the day
   * the previous digest was made. It covers `from` up to the day before `on`, as a rule the seven days before it.
   */
  on: string;
  from: string;
  /** What changed in those days. */
  reports: number;
  indicatorValues: number;
  noticesIssued: number;
  noticesClosed: number;
  /** Red measures now, in the plan's order, at most ten shown (and how many in all). */
  red: { measureId: number; reason: string }[];
  redTotal: number;
  /** Departments with overdue reports (`overdue`: how many of the duties they lead have a report overdue), most first, at most ten shown (and how many in all). */
  late: { departmentId: number; overdue: number }[];
  lateTotal: number;
}

export type MessageFacts =
  | ReportDueFacts
  | UrgeNoticeFacts
  | ReportReturnedFacts
  | InstructionFacts
  | WeeklyDigestFacts;

/** The names a message's words need, looked up at the time it is read or sent. */
export interface MessageNames {
  planCode: string;
  planTitle: string;
  measure(id: number): { code: string; title: string } | undefined;
  department(id: number): string | undefined;
}

/** A message's words, in every form a channel needs. */
export interface MessageText {
  /** One line (the e-mail subject, the bell's list). */
  title: string;
  /** Plain text, with the link on its own line. */
  text: string;
  /** Markdown for group robots (WeCom/DingTalk/Feishu), with the link. */
  markdown: string;
  /** An HTML e-mail body (inline styles only, no remote resources), with the link. */
  html: string;
}
