/**
 * The event catalogue: every event type, what it means, and the payload its writer records. `appendEvents` takes
 * rows typed by it (a wrong payload for a type fails typecheck); readers narrow a logged row with `payloadOf` or
 * `typedEvent` and get the payload as JSON gave it back (`Stored`: dates as ISO strings).
 *
 * It is the schema of `events.payload`, so like a table it may reference other modules' rows, with type-only
 * imports of their `.table.ts`/`.enum.ts` files (.dependency-cruiser.cjs, `event-catalogue-types-only`).
 * Events written before a field was added lack it: readers of old fields keep their fallbacks.
 */
import type { AssessmentWeightsRow } from '../assessment/assessment.table';
import type { AssignmentRole } from '../assignment/assignment.enum';
import type { CalendarSource } from '../calendar/calendar.enum';
import type { DepartmentRow } from '../department/department.table';
import type { GoalRow } from '../goal/goal.table';
import type { IndicatorRow } from '../indicator/indicator.table';
import type { InstructionReadRow, InstructionRow } from '../instruction/instruction.table';
import type { MeasureRow } from '../measure/measure.table';
import type { ChannelKind, MessageKind, WebhookFormat } from '../message/message.enum';
import type { PlanRow } from '../plan/plan.table';
import type { IndicatorObservationRow, ProgressReportRow } from '../progress/progress.table';
import type { ReportingCycleRow, WarningStateRow } from '../supervision/supervision.table';
import type { ExtensionRequestRow, UrgeNoticeRow } from '../urge/urge.table';
import type { UserRow } from '../user/user.table';
import { EventType } from './event.enum';
import type { EventRow, NewEventRow } from './event.table';

/** A report as events record it: the row without its idempotency key and request hash. */
export type ProgressReportSnapshot = Omit<ProgressReportRow, 'idempotencyKey' | 'requestHash'>;

/** An indicator value as events record it: the row without its idempotency key and request hash. */
export type ObservationSnapshot = Omit<IndicatorObservationRow, 'idempotencyKey' | 'requestHash'>;

/** What the audit trail records of an account: never its password hash. */
export type UserSnapshot = Pick<UserRow, 'username' | 'displayName' | 'role' | 'departmentId'> & { disabled: boolean };

/** A measure's warning as the sweep recorded it. */
export type WarningSnapshot = Pick<WarningStateRow, 'level' | 'reason' | 'asOf'>;

/** A plan's assessment weights as shown in the log (the defaults before the first write: no time, version 0). */
export type WeightsSnapshot = Omit<AssessmentWeightsRow, 'planId' | 'updatedBy' | 'updatedAt'> & {
  updatedAt: Date | null;
};

/** A day of the working calendar that differs from the weekday rule (calendar.rules.ts `SpecialDay`). */
export type CalendarDaySnapshot = { date: string; working: boolean; name: string; source: CalendarSource };

/** A contact as events record it: never its secret, only whether it has one. */
export type ContactSnapshot = {
  userId: number | null;
  departmentId: number | null;
  channel: ChannelKind;
  address: string;
  format: WebhookFormat | null;
  label: string;
  hasSecret: boolean;
};

/** A plan's reminder settings as events record them. */
export type ReminderSettingsSnapshot = { leadDays: number; weeklyDigest: boolean };

/** A plan's lifecycle as events record it (its catalog content is PLAN_IMPORTED's). */
export type PlanStateSnapshot = Pick<PlanRow, 'code' | 'state' | 'publishedAt' | 'archivedAt'>;

/** A write to one report: the report before and after. */
type ReportChange = { reportId: number; before: ProgressReportSnapshot; after: ProgressReportSnapshot };

/** A step of an urging notice (acknowledge, respond, close, return). A reply also lapses pending extension requests. */
type UrgeStep = {
  urgeNoticeId: number;
  before: UrgeNoticeRow;
  after: UrgeNoticeRow;
  /** The extension requests a reply withdrew (URGE_NOTICE_RESPONDED only, and only when there were any). */
  withdrawnExtensionRequestIds?: number[];
};

/** An extension request decided: the request, and the notice before and after (its reply date moved on approval). */
type ExtensionDecision = {
  urgeNoticeId: number;
  extensionRequestId: number;
  request: ExtensionRequestRow;
  before: UrgeNoticeRow;
  after: UrgeNoticeRow;
};

type UserChange = { before: UserSnapshot | null; after: UserSnapshot };

/** A plan's own fields as the editor changes them (not its state, which publishing and archiving change). */
export type PlanHeaderSnapshot = Pick<
  PlanRow,
  'code' | 'title' | 'issuer' | 'docNumber' | 'issuedOn' | 'startsOn' | 'endsOn' | 'summary' | 'leadingGroupId'
>;

/** A unit's part in a measure, as the editor records it. */
export type AssignmentSnapshot = { departmentId: number; departmentCode: string; role: AssignmentRole };

/**
 * One typed change to a plan's content: what the draft editor records (PLAN_DRAFT_EDITED), and the unit a revision
 * (方案调整) of an active plan will be a list of. Rows are recorded whole, before and after; positions are the
 * plan-wide order after the change.
 */
export type PlanChange =
  | { kind: 'PLAN_UPDATED'; before: PlanHeaderSnapshot; after: PlanHeaderSnapshot }
  | { kind: 'GOAL_ADDED'; before: null; after: GoalRow }
  | { kind: 'GOAL_UPDATED'; before: GoalRow; after: GoalRow }
  | { kind: 'GOAL_MOVED'; before: GoalRow; after: GoalRow }
  | { kind: 'GOAL_REMOVED'; before: GoalRow; after: null }
  | { kind: 'MEASURE_ADDED'; before: null; after: MeasureRow }
  | { kind: 'MEASURE_UPDATED'; before: MeasureRow; after: MeasureRow }
  | { kind: 'MEASURE_MOVED'; before: MeasureRow; after: MeasureRow }
  /** `removedCodes`: the measure and every measure below it, removed with it. */
  | { kind: 'MEASURE_REMOVED'; before: MeasureRow; after: null; removedCodes: string[] }
  /** 撤销 (revisions only): the measure and every measure below it, withdrawn with their reports kept. */
  | { kind: 'MEASURE_WITHDRAWN'; before: MeasureRow; after: MeasureRow; withdrawnCodes: string[] }
  | {
      kind: 'ASSIGNMENTS_SET';
      measureCode: string;
      before: AssignmentSnapshot[];
      after: AssignmentSnapshot[];
      /** A revision giving a node its own units: the units it inherited before (their duty on it ended). */
      inheritedBefore?: AssignmentSnapshot[];
    }
  | { kind: 'INDICATOR_ADDED'; before: null; after: IndicatorRow }
  | { kind: 'INDICATOR_UPDATED'; before: IndicatorRow; after: IndicatorRow }
  | { kind: 'INDICATOR_REMOVED'; before: IndicatorRow; after: null };

/** The kinds of change (PlanChange['kind']). */
export type PlanChangeKind = PlanChange['kind'];
/** A unit of the register as events record it (its place in the list aside). */
export type DepartmentSnapshot = Omit<DepartmentRow, 'position'>;

/** A change to one unit of the register: the unit before and after. */
type DepartmentChange = { before: DepartmentSnapshot; after: DepartmentSnapshot };

/** What a merge moved from the merged unit to its successor (ids of the rows moved, counts where rows have none). */
export type MergeMoves = {
  /** Assignments moved (measure ids); where the successor already had one, it kept the stronger role. */
  assignmentMeasureIds: number[];
  accountUserIds: number[];
  /** Open urging notices (not closed); closed ones stay with the merged unit as its history. */
  urgeNoticeIds: number[];
  indicatorIds: number[];
  /** Plans whose leading group it was. */
  planIds: number[];
  /** Groups (各镇、街道) it was a member of: the successor took its place. */
  groupIds: number[];
  /** Leading groups whose office it hosted. */
  offices: number;
};

/** The payload each event type records, as its writer passes it to `appendEvents`. */
export interface EventPayloads {
  [EventType.DEPARTMENTS_REGISTERED]: { codes: string[] };
  [EventType.PLAN_IMPORTED]: {
    code: string;
    /** The document a draft was imported from (导入自), when it came from one. */
    document?: string;
    goals: number;
    projects: number;
    measures: number;
    safeguards: number;
    indicators: number;
  };
  [EventType.PROGRESS_REPORTED]: {
    reportId: number;
    before: null;
    after: ProgressReportSnapshot;
    /** For history the office backfilled: 办公室补录，原报送日期 …. */
    note?: string;
  };
  [EventType.PROGRESS_REPORT_EDITED]: ReportChange;
  [EventType.PROGRESS_REPORT_WITHDRAWN]: ReportChange;
  [EventType.PROGRESS_REPORT_ACCEPTED]: ReportChange & { reviewId: number };
  [EventType.PROGRESS_REPORT_RETURNED]: ReportChange & { reviewId: number };
  [EventType.INDICATOR_VALUE_RECORDED]: { observationId: number; before: null; after: ObservationSnapshot };
  [EventType.USER_CREATED]: UserChange & { before: null };
  [EventType.USER_PASSWORD_RESET]: UserChange;
  [EventType.USER_DISABLED]: UserChange;
  [EventType.CALENDAR_DAY_SET]: { before: CalendarDaySnapshot | null; after: CalendarDaySnapshot };
  [EventType.CALENDAR_DAY_CLEARED]: { before: CalendarDaySnapshot; after: null };
  [EventType.REPORTING_CYCLE_SET]: { before: ReportingCycleRow | null; after: ReportingCycleRow };
  [EventType.WARNING_CHANGED]: { before: WarningSnapshot | null; after: WarningSnapshot };
  [EventType.URGE_NOTICE_ISSUED]: { urgeNoticeId: number; before: null; after: UrgeNoticeRow };
  [EventType.URGE_NOTICE_ACKNOWLEDGED]: UrgeStep;
  [EventType.URGE_NOTICE_RESPONDED]: UrgeStep;
  [EventType.URGE_NOTICE_CLOSED]: UrgeStep;
  [EventType.URGE_NOTICE_RETURNED]: UrgeStep;
  [EventType.URGE_NOTICE_ESCALATED]: {
    urgeNoticeId: number;
    /** Why, in words (逾期未反馈，由「提醒」升级为「催办」…). */
    reason: string;
    before: UrgeNoticeRow;
    after: UrgeNoticeRow;
  };
  [EventType.EXTENSION_REQUESTED]: { urgeNoticeId: number; extensionRequestId: number; request: ExtensionRequestRow };
  [EventType.EXTENSION_APPROVED]: ExtensionDecision;
  [EventType.EXTENSION_REFUSED]: ExtensionDecision;
  [EventType.INSTRUCTION_ISSUED]: {
    instructionId: number;
    reportId: number | null;
    before: null;
    after: InstructionRow;
  };
  [EventType.INSTRUCTION_READ]: {
    instructionId: number;
    reportId: number | null;
    read: InstructionReadRow;
    after: InstructionRow;
  };
  [EventType.ASSESSMENT_WEIGHTS_SET]: { before: WeightsSnapshot; after: WeightsSnapshot };
  [EventType.PLAN_ARCHIVED]: { before: PlanStateSnapshot; after: PlanStateSnapshot };
  [EventType.PLAN_CREATED]: { code: string; before: null; after: PlanHeaderSnapshot };
  [EventType.PLAN_DRAFT_EDITED]: { code: string; change: PlanChange };
  [EventType.PLAN_PUBLISHED]: {
    code: string;
    publishedAt: Date;
    goals: number;
    measures: number;
    indicators: number;
    /** The departments the plan assigns work to, lead or participant (their desks gain it). */
    departmentIds: number[];
  };
  /** 方案调整: one revision of a plan in force, its changes in the order they were applied. */
  [EventType.PLAN_REVISED]: {
    code: string;
    revisionId: number;
    number: number;
    reason: string;
    docNumber: string | null;
    effectiveOn: string;
    changes: PlanChange[];
    /** The departments whose desks the revision changes (gained, lost or changed a duty). */
    departmentIds: number[];
  };
  /** 接续方案: a draft successor was started from an ended plan. */
  [EventType.PLAN_SUCCEEDED]: {
    code: string;
    successorCode: string;
    successorPlanId: number;
    /** The measures carried over, by code in the ended plan. */
    carriedMeasureCodes: string[];
  };
  [EventType.DEPARTMENT_CREATED]: { before: null; after: DepartmentSnapshot };
  [EventType.DEPARTMENT_RENAMED]: DepartmentChange;
  [EventType.DEPARTMENT_ALIASES_SET]: DepartmentChange;
  /** A group's member units, by code, before and after. */
  [EventType.DEPARTMENT_MEMBERS_SET]: DepartmentChange & { membersBefore: string[]; membersAfter: string[] };
  /** The merged unit before and after (retired, pointing at its successor), and what moved. */
  [EventType.DEPARTMENTS_MERGED]: DepartmentChange & { into: { code: string; name: string }; moved: MergeMoves };
  [EventType.DEPARTMENT_RETIRED]: DepartmentChange;
  /**
   * Messages (消息) were queued by the event before it in the same transaction, or by the reminder sweep: their
   * kind and recipients (users; departments for a department's own contacts). The 消息 bell listens for it.
   */
  [EventType.MESSAGES_QUEUED]: {
    planId: number;
    kind: MessageKind;
    userIds: number[];
    departmentIds: number[];
    count: number;
  };
  [EventType.REMINDER_SETTINGS_SET]: { before: ReminderSettingsSnapshot | null; after: ReminderSettingsSnapshot };
  /** A contact added (before null), changed, or removed (after null). */
  [EventType.CONTACT_SET]: { contactId: number; before: ContactSnapshot | null; after: ContactSnapshot | null };
  /** The kinds of message a person turned off, before and after. */
  [EventType.MESSAGE_PREFERENCES_SET]: { userId: number; before: MessageKind[]; after: MessageKind[] };
  /** A person read messages (those that were unread): the 消息 bell in their other tabs and devices follows. */
  [EventType.MESSAGES_READ]: { userId: number; messageIds: number[] };
}

/** What each event type means: the GraphQL enum's value descriptions (event.type.ts). */
export const EVENT_CATALOGUE: { readonly [T in EventType]: { readonly description: string } } = {
  [EventType.DEPARTMENTS_REGISTERED]: { description: 'Departments were added to the register (seed or import).' },
  [EventType.DEPARTMENT_CREATED]: { description: 'The admin added a unit to the department register.' },
  [EventType.DEPARTMENT_RENAMED]: { description: 'A unit was renamed; its former name is kept with the date.' },
  [EventType.DEPARTMENT_ALIASES_SET]: { description: 'The other names a unit goes by in documents were set.' },
  [EventType.DEPARTMENT_MEMBERS_SET]: { description: 'The member units of a group (各镇、街道) were set.' },
  [EventType.DEPARTMENTS_MERGED]: {
    description: 'A unit was merged into another (机构改革): its duties and accounts moved; its history stays.',
  },
  [EventType.DEPARTMENT_RETIRED]: { description: 'A unit was retired (撤销): it takes no new assignments.' },
  [EventType.PLAN_IMPORTED]: { description: 'A plan was imported with its goals, measures and indicators.' },
  [EventType.PROGRESS_REPORTED]: { description: 'A department submitted a progress report on a measure.' },
  [EventType.PROGRESS_REPORT_EDITED]: { description: 'A progress report was edited.' },
  [EventType.PROGRESS_REPORT_WITHDRAWN]: { description: 'A progress report was withdrawn.' },
  [EventType.PROGRESS_REPORT_ACCEPTED]: { description: 'The plan office accepted a progress report.' },
  [EventType.PROGRESS_REPORT_RETURNED]: { description: 'The plan office returned a progress report for revision.' },
  [EventType.INDICATOR_VALUE_RECORDED]: { description: 'A value of an indicator was recorded.' },
  [EventType.USER_CREATED]: { description: 'An account was created.' },
  [EventType.USER_PASSWORD_RESET]: { description: 'An account’s password was reset; its sessions ended.' },
  [EventType.USER_DISABLED]: { description: 'An account was disabled; its sessions ended.' },
  [EventType.CALENDAR_DAY_SET]: { description: 'The office set a day of the working calendar.' },
  [EventType.CALENDAR_DAY_CLEARED]: { description: 'The office removed its entry for a day of the working calendar.' },
  [EventType.REPORTING_CYCLE_SET]: { description: 'The reporting cycle of a plan or a measure was set.' },
  [EventType.WARNING_CHANGED]: { description: 'A measure’s warning level changed (recorded by the sweep).' },
  [EventType.URGE_NOTICE_ISSUED]: { description: 'An urging notice was issued to a department.' },
  [EventType.URGE_NOTICE_ACKNOWLEDGED]: { description: 'The department acknowledged an urging notice.' },
  [EventType.URGE_NOTICE_RESPONDED]: { description: 'The department replied to an urging notice.' },
  [EventType.URGE_NOTICE_CLOSED]: { description: 'The office closed an urging notice.' },
  [EventType.URGE_NOTICE_RETURNED]: { description: 'The office returned a reply to an urging notice for revision.' },
  [EventType.URGE_NOTICE_ESCALATED]: { description: 'An overdue urging notice escalated (recorded by the sweep).' },
  [EventType.EXTENSION_REQUESTED]: { description: 'A department asked for a later reply date to an urging notice.' },
  [EventType.EXTENSION_APPROVED]: { description: 'The office approved an extension request.' },
  [EventType.EXTENSION_REFUSED]: { description: 'The office refused an extension request.' },
  [EventType.INSTRUCTION_ISSUED]: { description: 'A leader issued an instruction on a report, problem or measure.' },
  [EventType.INSTRUCTION_READ]: { description: 'An addressed department marked an instruction read.' },
  [EventType.ASSESSMENT_WEIGHTS_SET]: { description: 'The weights of a plan’s department assessment were set.' },
  [EventType.PLAN_ARCHIVED]: { description: 'The plan office archived an ended plan: from then on it is read-only.' },
  [EventType.PLAN_CREATED]: { description: 'A new plan was created as a draft (草稿).' },
  [EventType.PLAN_DRAFT_EDITED]: {
    description: 'A draft plan was edited: one typed change (a goal, measure, assignment or indicator, or the plan).',
  },
  [EventType.PLAN_PUBLISHED]: { description: 'A draft plan was published: in force (实施中), visible to departments.' },
  [EventType.PLAN_REVISED]: {
    description: 'A revision (方案调整) of a plan in force was published: its reason, effective date and changes.',
  },
  [EventType.PLAN_SUCCEEDED]: {
    description: 'A draft successor plan (接续方案) was started from an ended plan, carrying measures and baselines.',
  },
  [EventType.MESSAGES_QUEUED]: {
    description:
      'Messages (reminders, urging notices, returns, instructions, digests) were queued to their recipients.',
  },
  [EventType.REMINDER_SETTINGS_SET]: { description: 'The plan office set how early reporting reminders go out.' },
  [EventType.CONTACT_SET]: { description: 'A person’s or a department’s contact (e-mail, group robot) was set.' },
  [EventType.MESSAGE_PREFERENCES_SET]: { description: 'A person chose which kinds of message they receive.' },
  [EventType.MESSAGES_READ]: { description: 'A person marked messages read.' },
};

/**
 * What each event type does to derived state (warnings, reporting standing, roll-ups, assessments: shared per
 * standing of the data, supervision/derived-change.ts), declared with the type so that a new type must say:
 * - `reported`: reported data of the measure or indicator it names (and everything above them) changed;
 * - `none`: nothing derived state is made of (who was told, who read what, accounts, the sweep's own records);
 * - `all`: what every rule reads (the structure, a cycle, the calendar, the register, a lifecycle): start over.
 */
export type DerivedEffect = 'reported' | 'none' | 'all';

export const DERIVED_EFFECT: { readonly [T in EventType]: DerivedEffect } = {
  [EventType.PROGRESS_REPORTED]: 'reported',
  [EventType.PROGRESS_REPORT_EDITED]: 'reported',
  [EventType.PROGRESS_REPORT_WITHDRAWN]: 'reported',
  [EventType.PROGRESS_REPORT_ACCEPTED]: 'reported',
  [EventType.PROGRESS_REPORT_RETURNED]: 'reported',
  [EventType.INDICATOR_VALUE_RECORDED]: 'reported',
  [EventType.WARNING_CHANGED]: 'none',
  [EventType.URGE_NOTICE_ISSUED]: 'none',
  [EventType.URGE_NOTICE_ACKNOWLEDGED]: 'none',
  [EventType.URGE_NOTICE_RESPONDED]: 'none',
  [EventType.URGE_NOTICE_CLOSED]: 'none',
  [EventType.URGE_NOTICE_RETURNED]: 'none',
  [EventType.URGE_NOTICE_ESCALATED]: 'none',
  [EventType.EXTENSION_REQUESTED]: 'none',
  [EventType.EXTENSION_APPROVED]: 'none',
  [EventType.EXTENSION_REFUSED]: 'none',
  [EventType.INSTRUCTION_ISSUED]: 'none',
  [EventType.INSTRUCTION_READ]: 'none',
  [EventType.USER_CREATED]: 'none',
  [EventType.USER_PASSWORD_RESET]: 'none',
  [EventType.USER_DISABLED]: 'none',
  // 考核 reads its weights itself.
  [EventType.ASSESSMENT_WEIGHTS_SET]: 'none',
  [EventType.MESSAGES_QUEUED]: 'none',
  [EventType.REMINDER_SETTINGS_SET]: 'none',
  [EventType.CONTACT_SET]: 'none',
  [EventType.MESSAGE_PREFERENCES_SET]: 'none',
  [EventType.MESSAGES_READ]: 'none',
  [EventType.DEPARTMENTS_REGISTERED]: 'all',
  [EventType.PLAN_IMPORTED]: 'all',
  [EventType.CALENDAR_DAY_SET]: 'all',
  [EventType.CALENDAR_DAY_CLEARED]: 'all',
  [EventType.REPORTING_CYCLE_SET]: 'all',
  [EventType.PLAN_ARCHIVED]: 'all',
  [EventType.PLAN_CREATED]: 'all',
  [EventType.PLAN_DRAFT_EDITED]: 'all',
  [EventType.PLAN_PUBLISHED]: 'all',
  [EventType.PLAN_REVISED]: 'all',
  [EventType.PLAN_SUCCEEDED]: 'all',
  [EventType.DEPARTMENT_CREATED]: 'all',
  [EventType.DEPARTMENT_RENAMED]: 'all',
  [EventType.DEPARTMENT_ALIASES_SET]: 'all',
  [EventType.DEPARTMENT_MEMBERS_SET]: 'all',
  [EventType.DEPARTMENTS_MERGED]: 'all',
  [EventType.DEPARTMENT_RETIRED]: 'all',
};

/** A value as JSON gives it back from the log: dates become ISO strings, the rest keeps its shape. */
export type Stored<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

/** The payload of one event type (or of any of a union of them) as a reader of the log gets it. */
export type StoredPayload<T extends EventType> = T extends EventType ? Stored<EventPayloads[T]> : never;

/** An event as `appendEvents` takes it: the columns of the log, with the payload its type requires. */
export type NewEvent = {
  [T in EventType]: Omit<NewEventRow, 'id' | 'transactionId' | 'type' | 'payload'> & {
    type: T;
    payload: EventPayloads[T];
  };
}[EventType];

/** A logged event of type T, its payload typed as the log gives it back. */
export type EventOf<T extends EventType> = T extends EventType
  ? Omit<EventRow, 'type' | 'payload'> & { type: T; payload: StoredPayload<T> }
  : never;

/** A logged event as a union over its type: `switch (event.type)` narrows the payload. */
export type TypedEvent = EventOf<EventType>;

/** The row, typed by the catalogue: what its writer recorded for its type. */
export function typedEvent(row: EventRow): TypedEvent {
  // The one place the log's JSON meets its types: appendEvents accepts only payloads of this catalogue.
  return row as TypedEvent;
}

/** The row's payload when it is an event of one of `types`, typed by the catalogue; otherwise null. */
export function payloadOf<T extends EventType>(row: EventRow, ...types: T[]): StoredPayload<T> | null {
  return (types as EventType[]).includes(row.type) ? (typedEvent(row).payload as StoredPayload<T>) : null;
}
