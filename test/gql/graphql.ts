/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** 考核: the departments of a plan scored and ranked for a period. */
export type Assessment = {
  /** The day measures and indicators are judged at: the period’s end, or today if earlier. */
  asOf: Scalars['LocalDate']['output'];
  /** First day of the period. */
  from: Scalars['LocalDate']['output'];
  /** As asked: 2024, 2024-Q3, 2024-H1; null for the whole term. */
  period: Maybe<Scalars['String']['output']>;
  /** Ranked by score, highest first; a REPORTER sees only its own department’s row. */
  rows: Array<DepartmentAssessment>;
  /** The rule, in Chinese. */
  rule: Scalars['String']['output'];
  /** Last day of the period (today for the whole term). */
  to: Scalars['LocalDate']['output'];
  /** What the viewer may do with the ranking. */
  viewerCan: AssessmentViewerCan;
  /** The weights applied. */
  weights: AssessmentWeights;
};

/** One part of a department’s score, with its weight, points and reason. */
export type AssessmentPart = {
  /** False (不适用) when there was nothing to judge. */
  applicable: Scalars['Boolean']['output'];
  /** The weight it carries here: grown in proportion when other parts are not applicable; 0 when it is not. */
  effectiveWeight: Scalars['Float']['output'];
  /** Which part. */
  kind: AssessmentPartKind;
  /** 报送及时, 任务完成, 指标达成 or 督办响应. */
  name: Scalars['String']['output'];
  /** ratio × effective weight, one decimal; null when not applicable. */
  points: Maybe<Scalars['Float']['output']>;
  /** How well, 0..1; null when not applicable. */
  ratio: Maybe<Scalars['Float']['output']>;
  /** How the ratio and points were reached, in Chinese. */
  reason: Scalars['String']['output'];
  /** Why the part is what it is, in one plain Chinese sentence, e.g. 按时报送 40 期中的 36 期. */
  summary: Scalars['String']['output'];
  /** The configured weight. */
  weight: Scalars['Int']['output'];
};

/** The four parts of a department’s assessment score. */
export type AssessmentPartKind =
  /** 任务完成 */
  | 'COMPLETION'
  /** 指标达成 */
  | 'INDICATORS'
  /** 督办响应 */
  | 'NOTICES'
  /** 报送及时 */
  | 'TIMELINESS';

/** What the viewer may do with the ranking (the server’s policy). */
export type AssessmentViewerCan = {
  /** 下载通报 (circular.docx): the circular carries every unit’s row, so only a viewer who sees them all (LEADER, ADMIN, VIEWER) may have it; a department’s clerk, who sees its own row, may not. */
  downloadCircular: Scalars['Boolean']['output'];
};

/** 考核权重: points out of 100 for each part of the score. */
export type AssessmentWeights = {
  /** 任务完成 */
  completion: Scalars['Int']['output'];
  /** 指标达成 */
  indicators: Scalars['Int']['output'];
  /** True while the office has set none: the defaults 30 / 30 / 20 / 20. */
  isDefault: Scalars['Boolean']['output'];
  /** 督办响应 */
  notices: Scalars['Int']['output'];
  /** 报送及时 */
  timeliness: Scalars['Int']['output'];
  /** When they were last set. */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Moves on with every change; 0 while the defaults apply. */
  version: Scalars['Int']['output'];
};

/** A department’s part in a measure. */
export type Assignment = {
  /** The department. */
  department: Department;
  /** When listed for a member unit of the assigned group (a town of 各镇、街道): the group, through which the unit holds this assignment and for which it reports; null for the department’s own assignments. */
  heldThrough: Maybe<Department>;
  /** True when the measure takes this assignment from its project rather than naming it itself. */
  inherited: Scalars['Boolean']['output'];
  /** For an inherited assignment: the project the document names it on. */
  inheritedFrom: Maybe<Measure>;
  /** The same for the same duty however it is reached (through its measure, its department, or a live event): the measure, the department holding it, its role, and the member unit it is listed for. */
  key: Scalars['ID']['output'];
  /** This department’s newest standing report on this measure; for a group (各镇、街道), the newest from any member. */
  latestReport: Maybe<ProgressReport>;
  /** The measure. */
  measure: Measure;
  /** Whether this part owes reports of its own: a lead does (or any assigned department when none leads); a participant beside a lead does not (配合单位不单独报送) and may still post progress, which counts for the measure. A member unit holding a group’s part owes what the group owes, and any member’s report settles it. */
  owesReports: Scalars['Boolean']['output'];
  /** 报送情况 of this department on the measure; null on a project. */
  reporting: Maybe<ReportingStatus>;
  /** Lead or participant. */
  role: AssignmentRole;
  /** The day this duty began, when a revision (方案调整) gave it: it owes no period due before it. Null: from the plan’s start. */
  since: Maybe<Scalars['LocalDate']['output']>;
  /** 研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”). */
  verdict: Verdict;
  /** 三色预警 of this department’s part: a lead by its own reports; a participant shares the measure’s. */
  warning: Warning;
};

/** A department’s part in a measure. */
export type AssignmentRole =
  /** 责任部门 / 牵头单位 */
  | 'LEAD'
  /** 参与部门 / 配合单位 */
  | 'PARTICIPANT';

/** One write, as the event log recorded it: who, when, what, before and after. */
export type AuditEntry = {
  /** Who wrote it; null for the system (seeds, CLI). */
  actor: Maybe<User>;
  /** The record after the write. */
  after: Maybe<Scalars['JSONObject']['output']>;
  /** The record before the write. */
  before: Maybe<Scalars['JSONObject']['output']>;
  /** The department it touched. */
  department: Maybe<Department>;
  /** The event’s id. */
  id: Scalars['ID']['output'];
  /** The measure it touched. */
  measure: Maybe<Measure>;
  /** What marks the write, in Chinese, e.g. 办公室补录，原报送日期 2024-03-04 for backfilled history. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was written. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Everything the event recorded. */
  payload: Scalars['JSONObject']['output'];
  /** The plan it touched. */
  plan: Maybe<Plan>;
  /** What happened, e.g. USER_CREATED or PROGRESS_REPORTED. */
  type: EventType;
};

/** Which writes to list; every field narrows the list. */
export type AuditFilter = {
  /** Only writes touching this department. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** From this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only writes touching this measure of planCode. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this plan (required with measureCode). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Up to this time (inclusive). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only these event types, e.g. USER_CREATED. */
  types?: InputMaybe<Array<EventType>>;
  /** Only writes by this user. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A page of the audit trail, newest first. */
export type AuditPage = {
  /** The entries. */
  entries: Array<AuditEntry>;
  /** Pass as `after` for the next (older) page; null at the end. */
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** 办公室补录: a report from the office’s ledger, entered by the plan office with the date it was really made. */
export type BackfillProgressReportInput = {
  /** The reporting department’s code; a reporter may only give its own. */
  departmentCode: Scalars['String']['input'];
  /** Supporting links or files, at most 20. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** A client-chosen key: retrying with the same key and payload returns the original report. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The measure’s code, e.g. P3.3. */
  measureCode: Scalars['String']['input'];
  /** 下一步计划. */
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['input'];
  /** The period reported on: YYYY-MM (monthly), YYYY-Qn or YYYY-Hn. */
  period: Scalars['String']['input'];
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** 存在问题: problems needing another department’s help. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** 原报送日期: the day the department really made the report; not after today, not before the plan or the period. */
  reportedOn: Scalars['LocalDate']['input'];
  /** Where the work stands. */
  status: ProgressStatus;
  /** What was done (1–2000 characters). */
  summary: Scalars['String']['input'];
};

/** A day that is not what its weekday says: a holiday, or a make-up workday (调休). */
export type CalendarDay = {
  /** The day. */
  date: Scalars['LocalDate']['output'];
  /** The holiday, or why it is worked, e.g. 春节调休上班. */
  name: Scalars['String']['output'];
  /** The State Council notice, or the plan office. */
  source: CalendarSource;
  /** True when people work that day. */
  working: Scalars['Boolean']['output'];
};

/** Where a calendar entry comes from. */
export type CalendarSource =
  /** 国务院办公厅节假日安排通知 (built in) */
  | 'BUILT_IN'
  /** 领导小组办公室设定 */
  | 'OFFICE';

/** Where a delivery goes (in-app messages need none). */
export type ChannelKind =
  /** 电子邮件 */
  | 'EMAIL'
  /** 工作群机器人或 Webhook */
  | 'WEBHOOK';

/** Where messages go besides the bell: an e-mail address or a webhook. */
export type Contact = {
  address: Scalars['String']['output'];
  channel: ChannelKind;
  format: Maybe<WebhookFormat>;
  /** Whether a signing secret is set (the secret is never shown). */
  hasSecret: Scalars['Boolean']['output'];
  id: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A contact: an e-mail address, or a webhook (a work-chat group robot or a signed JSON receiver). */
export type ContactInput = {
  /** The e-mail address, or the webhook URL (http or https). */
  address: Scalars['String']['input'];
  channel: ChannelKind;
  /** WEBHOOK only: the format the receiver expects. */
  format?: InputMaybe<WebhookFormat>;
  /** A name for it (工作群, 个人邮箱…), at most 40 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** WEBHOOK only: the signing secret. On an update, null keeps the one stored; "" removes it. */
  secret?: InputMaybe<Scalars['String']['input']>;
};

/** Whose contact: oneself (both null), another user (admins), or a department (admins). */
export type ContactOwnerInput = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** 需协调事项: a problem a department’s latest report on a measure raised. */
export type CoordinationProblem = {
  /** The measure reported on. */
  measure: Measure;
  /** The report’s period. */
  period: Scalars['String']['output'];
  /** The department whose report raised it. */
  raisedBy: Department;
  /** The problem as the report states it. */
  text: Scalars['String']['output'];
};

/** A new unit of the department register. */
export type CreateDepartmentInput = {
  /** Stable code: lower-case letters, digits and hyphens, e.g. emergency-management. */
  code: Scalars['String']['input'];
  /** What sort of unit it is. */
  kind: DepartmentKind;
  /** Official name, unique in the register (names and aliases), e.g. 区应急管理局. */
  name: Scalars['String']['input'];
};

/** 由文件生成草稿: a draft plan from an uploaded document, with the header as the office confirmed it. */
export type CreatePlanFromDocumentInput = {
  /** The new plan’s code: 2–63 lower-case letters, digits or hyphens. */
  code: Scalars['String']['input'];
  /** 文号; the document’s when left out, null clears it. */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** The uploaded document (POST /api/plan-documents). */
  documentId: Scalars['Int']['input'];
  /** The term’s last day; the document’s when left out. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 印发日期; the document’s when left out. */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 印发机关; the document’s when left out. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** The leading group (a LEADING_GROUP unit) whose office keeps the plan. */
  leadingGroupCode: Scalars['String']['input'];
  /** The term’s first day; the document’s when left out. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The title; the document’s when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A choice for every unit name the register does not know (and any to override). */
  units?: InputMaybe<Array<ImportUnitChoiceInput>>;
};

/** 新建方案: a new plan, created as a draft (草稿). */
export type CreatePlanInput = {
  /** The plan’s code: 2–63 lower-case letters, digits or hyphens. */
  code: Scalars['String']['input'];
  /** 文号, e.g. 博政办字〔2022〕12号. */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the plan’s term. */
  endsOn: Scalars['LocalDate']['input'];
  /** 印发日期. */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 印发机关: who issued the document. */
  issuer: Scalars['String']['input'];
  /** The leading group (a LEADING_GROUP department): the department hosting its office keeps the plan. */
  leadingGroupCode: Scalars['String']['input'];
  /** The first day of the plan’s term. */
  startsOn: Scalars['LocalDate']['input'];
  /** The preamble, verbatim. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The document’s title, e.g. 博山区…实施方案. */
  title: Scalars['String']['input'];
};

/** A new account. */
export type CreateUserInput = {
  /** The department, required for a REPORTER. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Name shown to others. */
  displayName: Scalars['String']['input'];
  /** Initial password, at least 8 characters. */
  password: Scalars['String']['input'];
  /** What the user may do. */
  role: UserRole;
  /** Login name: lower-case letters, digits, . _ -; 2–63 characters. */
  username: Scalars['String']['input'];
};

/** One message to one contact, as the sender left it. */
export type Delivery = {
  address: Scalars['String']['output'];
  attempts: Scalars['Int']['output'];
  channel: ChannelKind;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['Int']['output'];
  /** The last attempt’s error. */
  lastError: Maybe<Scalars['String']['output']>;
  message: Message;
  /** Not before (quiet hours, backoff). */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who it is for: a person’s name or a department’s. */
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  state: DeliveryState;
};

/** How many deliveries a channel has in a state. */
export type DeliveryCount = {
  channel: ChannelKind;
  count: Scalars['Int']['output'];
  state: DeliveryState;
};

/** Which deliveries the log shows. */
export type DeliveryFilter = {
  channel?: InputMaybe<ChannelKind>;
  state?: InputMaybe<DeliveryState>;
};

/** The office’s delivery log: counts, and the newest deliveries. */
export type DeliveryLog = {
  counts: Array<DeliveryCount>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<Delivery>;
  /** While quiet hours hold sending (nights, holidays): when sending resumes. */
  quietUntil: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Where a delivery stands. */
export type DeliveryState =
  /** 发送失败 */
  | 'FAILED'
  /** 待发送 */
  | 'PENDING'
  /** 已发送 */
  | 'SENT';

/** 部门: a unit that leads or takes part in measures. */
export type Department = {
  /** Other names the unit goes by in documents (区市场监管局), unique in the register. */
  aliases: Array<Scalars['String']['output']>;
  /** The department’s assignments as the documents name them, in one plan or in all; for a member unit, also those of its groups. */
  assignments: Maybe<Array<Assignment>>;
  /** Stable code, e.g. market-supervision. */
  code: Scalars['String']['output'];
  /** 原牵头 / 原配合: the duties a revision (方案调整) ended for this department in the plan, with their spans. */
  endedDuties: Array<EndedDuty>;
  /** Names it bore before (原名), oldest first: a rename keeps the unit, its history and its accounts. */
  formerNames: Array<DepartmentFormerName>;
  /** The groups this unit belongs to. */
  groups: Array<Department>;
  /** The indicators this department reports, in one plan or all. */
  indicators: Maybe<Array<Indicator>>;
  /** 领导批示 addressed to this department in a plan, newest first: on its reports, and on measures it leads or takes part in (directly, by inheritance from a project, or as a member unit of an assigned group). */
  instructions: Array<Instruction>;
  /** What sort of unit this is. */
  kind: DepartmentKind;
  /** For a group such as 各镇、街道: its member units. */
  members: Array<Department>;
  /** For a unit merged into another (机构改革): the unit that took over its duties and accounts. */
  mergedInto: Maybe<Department>;
  /** Official name, e.g. 区市场监督管理局. */
  name: Scalars['String']['output'];
  /** The name the unit bore on a day (YYYY-MM-DD): a former name before its rename, else the current one. */
  nameOn: Scalars['String']['output'];
  /** For a leading group: the department hosting its office (领导小组办公室). */
  office: Maybe<Department>;
  /** The department’s progress in a plan. */
  progress: Maybe<Progress>;
  /** The day it was retired or merged; null while active. */
  retiredOn: Maybe<Scalars['LocalDate']['output']>;
  /** The department’s record in a plan this period: counts of what it holds, owes, reported and risks. */
  standing: DepartmentStanding;
  /** In use, or retired (撤销, or merged into another unit). */
  state: DepartmentState;
  /** Urging notices this department answers in a plan, newest first: its own and, for a member unit (a town), those sent to its groups (各镇、街道). */
  urgeNotices: Array<UrgeNotice>;
  /** 研判 of the department in a plan: the roll-up of every measure it answers for, those it leads by its own reports and those it takes part in by the measure’s. */
  verdict: Verdict;
  /** Optimistic-lock version: a change names the version it was made on. */
  version: Scalars['Int']['output'];
  /** What the viewer may do to this unit (部门管理). */
  viewerCan: DepartmentViewerCan;
  /** 三色预警 of the department in a plan: the roll-up of the measures it leads. */
  warning: Warning;
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentAssignmentsArgs = {
  inherited?: Scalars['Boolean']['input'];
  planCode?: InputMaybe<Scalars['String']['input']>;
  throughGroups?: Scalars['Boolean']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentEndedDutiesArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentIndicatorsArgs = {
  planCode?: InputMaybe<Scalars['String']['input']>;
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentInstructionsArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentNameOnArgs = {
  date: Scalars['LocalDate']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentProgressArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentStandingArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentUrgeNoticesArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentVerdictArgs = {
  planCode: Scalars['String']['input'];
};


/** 部门: a unit that leads or takes part in measures. */
export type DepartmentWarningArgs = {
  planCode: Scalars['String']['input'];
};

/** One department’s score and rank for an assessment period. */
export type DepartmentAssessment = {
  /** The department. */
  department: Department;
  /** The four parts, in order. */
  parts: Array<AssessmentPart>;
  /** Rank by score, highest first; equal scores share a rank; null without a score. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The rank as it reads: 并列第 1, 第 3, or 不参加排名. */
  rankText: Scalars['String']['output'];
  /** The details: the score as the sum of the parts’ points, in Chinese. */
  reason: Scalars['String']['output'];
  /** The owed reports behind 报送及时, and what the count is made of. */
  reporting: ReportingRecord;
  /** Out of 100, one decimal; null when no part applies. */
  score: Maybe<Scalars['Float']['output']>;
  /** Why the score is what it is, in one plain Chinese sentence: where it lost most, and why. */
  summary: Scalars['String']['output'];
  /** Another department holds the same rank (并列). */
  tied: Scalars['Boolean']['output'];
};

/** 原名: a name the unit bore before a rename. */
export type DepartmentFormerName = {
  /** The name it bore, e.g. 区食品药品监督管理局. */
  name: Scalars['String']['output'];
  /** The day of the rename that ended it: the name was used before it. */
  renamedOn: Scalars['LocalDate']['output'];
};

/** What sort of unit a department is. */
export type DepartmentKind =
  /** 政府工作部门 */
  | 'GOVERNMENT_DEPARTMENT'
  /** 单位组合 (如 各镇、街道), 由成员单位组成 */
  | 'GROUP'
  /** 司法机关 */
  | 'JUDICIAL_ORGAN'
  /** 领导小组 */
  | 'LEADING_GROUP'
  /** 党委工作部门 */
  | 'PARTY_DEPARTMENT'
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN';

/** 部门履职情况 over the plan’s term. */
export type DepartmentRecord = {
  /** The department. */
  department: Department;
  /** Of those, met. */
  indicatorsMet: Scalars['Int']['output'];
  /** Of those, not met. */
  indicatorsNotMet: Scalars['Int']['output'];
  /** Indicators it is responsible for. */
  indicatorsOwned: Scalars['Int']['output'];
  /** Of those, how many are completed. */
  measuresCompleted: Scalars['Int']['output'];
  /** Measures (leaves) it leads, its own or inherited from a project. */
  measuresLed: Scalars['Int']['output'];
  /** Of those, not closed. */
  noticesOpen: Scalars['Int']['output'];
  /** Of those, past their reply date unanswered. */
  noticesOverdue: Scalars['Int']['output'];
  /** Urging notices received in the plan. */
  noticesReceived: Scalars['Int']['output'];
  /** Owed periods on the measures it leads never reported (未报), counted as 考核 counts them. */
  periodsMissed: Scalars['Int']['output'];
  /** The record in words, in Chinese. */
  reason: Scalars['String']['output'];
  /** The periods owed on the measures it leads over the term, as 考核’s 报送及时 counts them. */
  reporting: ReportingRecord;
  /** Standing reports filed in the plan, as rows (a group’s include its member units’; reports on measures it takes part in count; one period may have several): 提交报告 N 份, not periods. */
  reportsFiled: Scalars['Int']['output'];
};

/** 部门管理: the register of units, for its keeper. */
export type DepartmentRegister = {
  /** Every unit, active and retired, in register order. */
  departments: Array<Department>;
  /** What the viewer may do to the register. */
  viewerCan: DepartmentRegisterViewerCan;
};

/** What the viewer may do to the department register. */
export type DepartmentRegisterViewerCan = {
  /** Add a unit. */
  create: Scalars['Boolean']['output'];
  /** Change any unit at all (the 部门管理 page is offered). */
  manage: Scalars['Boolean']['output'];
};

/** A department’s record in a plan this period, over the measures that carry the work (projects stand for theirs; withdrawn ones count nowhere): what it leads and takes part in, what it owes and has reported, what is overdue, and what its latest reports call at risk or delayed. Counted on the server so that a screen of every department need not fetch every assignment. */
export type DepartmentStanding = {
  /** Measures whose latest report by this department says at risk. */
  atRisk: Scalars['Int']['output'];
  /** Measures whose latest report by this department says delayed. */
  delayed: Scalars['Int']['output'];
  /** Measures it leads (牵头). */
  leads: Scalars['Int']['output'];
  /** Measures it holds, each once. */
  measures: Scalars['Int']['output'];
  /** Of those, with a period past its deadline still unreported. */
  overdue: Scalars['Int']['output'];
  /** Measures it leads that owe reports of its own. */
  owing: Scalars['Int']['output'];
  /** Measures it takes part in (参与/配合). */
  participates: Scalars['Int']['output'];
  /** Of those, reported for the current period. */
  reportedThisPeriod: Scalars['Int']['output'];
};

/** Whether a unit is in the register’s use. */
export type DepartmentState =
  /** 在用 */
  | 'ACTIVE'
  /** 已撤销 (或已并入其他单位) */
  | 'RETIRED';

/** What the viewer may do to this unit of the register (部门管理). */
export type DepartmentViewerCan = {
  /** Merge it into another unit (an active unit that is not a group). */
  merge: Scalars['Boolean']['output'];
  /** Rename it (an active unit). */
  rename: Scalars['Boolean']['output'];
  /** Retire it (an active unit; refused while it leads a measure in force). */
  retire: Scalars['Boolean']['output'];
  /** Set its aliases (an active unit). */
  setAliases: Scalars['Boolean']['output'];
  /** Set its member units (an active group such as 各镇、街道). */
  setMembers: Scalars['Boolean']['output'];
};

/** A goal of a draft plan: added, or changed (fields left out stay). */
export type DraftGoalInput = {
  /** The goal’s (new) code, unique in the plan. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Its text; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Changing a goal: its current code. Adding: leave out. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** The goal’s title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** An indicator of a draft plan: added, or changed (fields left out stay). */
export type DraftIndicatorInput = {
  /** 基期值; null clears it (and its year). */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** 基期年份; null clears it. */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** The indicator’s (new) code, unique in the plan. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The department that reports its values. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Which way is better. */
  direction?: InputMaybe<IndicatorDirection>;
  /** The goal it measures. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** Changing an indicator: its current code. Adding: leave out. */
  indicatorCode?: InputMaybe<Scalars['String']['input']>;
  /** The measure it belongs to, if any; null clears it. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** Its name, e.g. 每万人口高价值发明专利拥有量. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** 目标值 (numeric targets only); null clears it. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The date the target is for. */
  targetDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A numeric target, or one stated only in words. */
  targetKind?: InputMaybe<TargetKind>;
  /** The document’s own wording of the target, verbatim. */
  targetText?: InputMaybe<Scalars['String']['input']>;
  /** 计量单位, e.g. 件; null clears it. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of item of a draft plan. */
export type DraftItemKind =
  | 'GOAL'
  | 'INDICATOR'
  | 'MEASURE'
  | 'PLAN';

/** A node of a draft plan’s tree (project, measure, safeguard): added, or changed (fields left out stay). */
export type DraftMeasureInput = {
  /** The node’s (new) code, unique in the plan. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The body text; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The goal it serves (children inherit it); null clears it. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** Project or safeguard (top level only), or measure. */
  kind?: InputMaybe<MeasureKind>;
  /** Changing a node: its current code. Adding: leave out. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** Adding: the parent’s code; leave out for the top level. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** The heading, verbatim. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A correction to a report, against the version it was read at. */
export type EditProgressReportInput = {
  /** Supporting links or files. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** The report. */
  id: Scalars['ID']['input'];
  /** 下一步计划. */
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['input'];
  /** 存在问题. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** Where the work stands. */
  status: ProgressStatus;
  /** What was done. */
  summary: Scalars['String']['input'];
  /** The version the edit is based on; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** 原牵头 / 原配合: a duty a revision ended; the periods due in its span stay the department’s. */
export type EndedDuty = {
  /** The measure. */
  measure: Measure;
  /** The role it held. */
  role: AssignmentRole;
  /** From when (null: the plan’s start). */
  since: Maybe<Scalars['LocalDate']['output']>;
  /** The last day it held the duty (the day before the revision). */
  until: Scalars['LocalDate']['output'];
};

/** The evaluation’s headline counts. */
export type EvaluationSummary = {
  /** 指标达成. */
  indicatorsMet: Scalars['Int']['output'];
  /** 无数据的数值指标. */
  indicatorsNoData: Scalars['Int']['output'];
  /** 指标未达成. */
  indicatorsNotMet: Scalars['Int']['output'];
  /** 定性指标. */
  indicatorsQualitative: Scalars['Int']['output'];
  /** All indicators. */
  indicatorsTotal: Scalars['Int']['output'];
  /** 措施已完成. */
  measuresCompleted: Scalars['Int']['output'];
  /** 措施未完成 (reported, below 100 %). */
  measuresNotCompleted: Scalars['Int']['output'];
  /** 措施从未填报. */
  measuresNotReported: Scalars['Int']['output'];
  /** All measures that carry the work (leaves). */
  measuresTotal: Scalars['Int']['output'];
  /** 遗留事项. */
  openItems: Scalars['Int']['output'];
  /** What kind of evaluation this is and the period it covers, in Chinese. */
  reason: Scalars['String']['output'];
};

/** What happened: the kind of fact an event of the log records (past tense). */
export type EventType =
  /** The weights of a plan’s department assessment were set. */
  | 'ASSESSMENT_WEIGHTS_SET'
  /** The office removed its entry for a day of the working calendar. */
  | 'CALENDAR_DAY_CLEARED'
  /** The office set a day of the working calendar. */
  | 'CALENDAR_DAY_SET'
  /** A person’s or a department’s contact (e-mail, group robot) was set. */
  | 'CONTACT_SET'
  /** A unit was merged into another (机构改革): its duties and accounts moved; its history stays. */
  | 'DEPARTMENTS_MERGED'
  /** Departments were added to the register (seed or import). */
  | 'DEPARTMENTS_REGISTERED'
  /** The other names a unit goes by in documents were set. */
  | 'DEPARTMENT_ALIASES_SET'
  /** The admin added a unit to the department register. */
  | 'DEPARTMENT_CREATED'
  /** The member units of a group (各镇、街道) were set. */
  | 'DEPARTMENT_MEMBERS_SET'
  /** A unit was renamed; its former name is kept with the date. */
  | 'DEPARTMENT_RENAMED'
  /** A unit was retired (撤销): it takes no new assignments. */
  | 'DEPARTMENT_RETIRED'
  /** The office approved an extension request. */
  | 'EXTENSION_APPROVED'
  /** The office refused an extension request. */
  | 'EXTENSION_REFUSED'
  /** A department asked for a later reply date to an urging notice. */
  | 'EXTENSION_REQUESTED'
  /** A value of an indicator was recorded. */
  | 'INDICATOR_VALUE_RECORDED'
  /** A leader issued an instruction on a report, problem or measure. */
  | 'INSTRUCTION_ISSUED'
  /** An addressed department marked an instruction read. */
  | 'INSTRUCTION_READ'
  /** Messages (reminders, urging notices, returns, instructions, digests) were queued to their recipients. */
  | 'MESSAGES_QUEUED'
  /** A person marked messages read. */
  | 'MESSAGES_READ'
  /** A person chose which kinds of message they receive. */
  | 'MESSAGE_PREFERENCES_SET'
  /** The plan office archived an ended plan: from then on it is read-only. */
  | 'PLAN_ARCHIVED'
  /** A new plan was created as a draft (草稿). */
  | 'PLAN_CREATED'
  /** A draft plan was edited: one typed change (a goal, measure, assignment or indicator, or the plan). */
  | 'PLAN_DRAFT_EDITED'
  /** A plan was imported with its goals, measures and indicators. */
  | 'PLAN_IMPORTED'
  /** A draft plan was published: in force (实施中), visible to departments. */
  | 'PLAN_PUBLISHED'
  /** A revision (方案调整) of a plan in force was published: its reason, effective date and changes. */
  | 'PLAN_REVISED'
  /** A draft successor plan (接续方案) was started from an ended plan, carrying measures and baselines. */
  | 'PLAN_SUCCEEDED'
  /** A department submitted a progress report on a measure. */
  | 'PROGRESS_REPORTED'
  /** The plan office accepted a progress report. */
  | 'PROGRESS_REPORT_ACCEPTED'
  /** A progress report was edited. */
  | 'PROGRESS_REPORT_EDITED'
  /** The plan office returned a progress report for revision. */
  | 'PROGRESS_REPORT_RETURNED'
  /** A progress report was withdrawn. */
  | 'PROGRESS_REPORT_WITHDRAWN'
  /** The plan office set how early reporting reminders go out. */
  | 'REMINDER_SETTINGS_SET'
  /** The reporting cycle of a plan or a measure was set. */
  | 'REPORTING_CYCLE_SET'
  /** The department acknowledged an urging notice. */
  | 'URGE_NOTICE_ACKNOWLEDGED'
  /** The office closed an urging notice. */
  | 'URGE_NOTICE_CLOSED'
  /** An overdue urging notice escalated (recorded by the sweep). */
  | 'URGE_NOTICE_ESCALATED'
  /** An urging notice was issued to a department. */
  | 'URGE_NOTICE_ISSUED'
  /** The department replied to an urging notice. */
  | 'URGE_NOTICE_RESPONDED'
  /** The office returned a reply to an urging notice for revision. */
  | 'URGE_NOTICE_RETURNED'
  /** An account was created. */
  | 'USER_CREATED'
  /** An account was disabled; its sessions ended. */
  | 'USER_DISABLED'
  /** An account’s password was reset; its sessions ended. */
  | 'USER_PASSWORD_RESET'
  /** A measure’s warning level changed (recorded by the sweep). */
  | 'WARNING_CHANGED';

/** A titled link, file reference or document number. */
export type Evidence = {
  /** A link (open it), a file reference, or a document number (文件编号: cite it; it is not a link). */
  kind: EvidenceKind;
  /** What it is. */
  title: Scalars['String']['output'];
  /** The reference: a link, a file: reference, or a document number in its one written form (〔〕). */
  url: Scalars['String']['output'];
};

/** A titled link, file reference or document number supporting a report. */
export type EvidenceInput = {
  /** What it is, e.g. 质押融资签约仪式照片. */
  title: Scalars['String']['input'];
  /** An http(s) link, a file reference (file:…) or a document number (文件编号, e.g. 博市监发〔2025〕41号; the brackets may also be [] or ()). */
  url: Scalars['String']['input'];
};

/** What a piece of evidence refers to. */
export type EvidenceKind =
  /** 发文字号 / 文件编号, e.g. 博市监发〔2025〕41号: a reference, not a link */
  | 'DOCUMENT'
  /** 文件引用 (file:…) */
  | 'FILE'
  /** 链接 (http or https) */
  | 'LINK';

/** 延期申请: a department asks for a later reply date on a notice; the office approves or refuses. */
export type ExtensionRequest = {
  /** When the office decided. */
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who decided. */
  decidedBy: Maybe<User>;
  /** The office’s note: why it refused, or a remark on approval. */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The request’s id. */
  id: Scalars['ID']['output'];
  /** The reply date when it was asked. */
  previousDueOn: Scalars['LocalDate']['output'];
  /** Why the department needs more time. */
  reason: Scalars['String']['output'];
  /** When it was asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Who asked. */
  requestedBy: Maybe<User>;
  /** The reply date asked for. */
  requestedDueOn: Scalars['LocalDate']['output'];
  /** Pending, approved or refused. */
  state: ExtensionRequestState;
  /** The notice it is for. */
  urgeNotice: UrgeNotice;
};

/** Where a request for a later reply date stands. */
export type ExtensionRequestState =
  /** 已同意 */
  | 'APPROVED'
  /** 待审批 */
  | 'PENDING'
  /** 不同意 */
  | 'REFUSED'
  /** 已撤销（部门已反馈，无需延期） */
  | 'WITHDRAWN';

/** 工作目标: a goal of a plan. */
export type Goal = {
  /** Stable code within the plan, e.g. G1. */
  code: Scalars['String']['output'];
  /** The document text that spells the goal out. */
  description: Maybe<Scalars['String']['output']>;
  /** Opaque identity, unique across plans (for client caches). */
  id: Scalars['ID']['output'];
  /** 待核对: the importer’s guesses the office has not yet checked. */
  importFlags: Array<ImportFlag>;
  /** The indicators that measure this goal. */
  indicators: Array<Indicator>;
  /** Projects serving the goal and, through them, their measures. */
  measures: Array<Measure>;
  /** Progress by the roll-up rule (see `rule`). */
  progress: Progress;
  /** 原文: the sentence it was imported from. */
  source: Maybe<Scalars['String']['output']>;
  /** The goal as the document states it, e.g. 知识产权创造能力明显增强. */
  title: Scalars['String']['output'];
  /** 研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”). */
  verdict: Verdict;
  /** 三色预警: the roll-up of the projects serving it. */
  warning: Warning;
};


/** 工作目标: a goal of a plan. */
export type GoalMeasuresArgs = {
  kind?: InputMaybe<MeasureKind>;
};

/** 待核对: a guess of the importer, with its reason. */
export type ImportFlag = {
  /** A stable code, e.g. NO_LEAD, TARGET_DATE_GUESSED. */
  code: Scalars['String']['output'];
  /** Why the item needs a look, in Chinese. */
  reason: Scalars['String']['output'];
};

/** How the office resolves one unit name of the document: an existing unit (optionally recording the name as its alias, 别名), or a new unit. Exactly one of departmentCode and newDepartment. */
export type ImportUnitChoiceInput = {
  /** Record the name as an alias of that unit (别名). */
  asAlias?: InputMaybe<Scalars['Boolean']['input']>;
  /** The existing unit the name means. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** The name as the document writes it. */
  name: Scalars['String']['input'];
  /** A new unit for the name. */
  newDepartment?: InputMaybe<ImportedDepartmentInput>;
};

/** A unit a document names that the register lacks: added as new. */
export type ImportedDepartmentInput = {
  /** Its register code: 2–63 lower-case letters, digits or hyphens. */
  code: Scalars['String']['input'];
  /** What sort of unit it is. */
  kind: DepartmentKind;
  /** Its name; the name as the document writes it when left out. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What the document proposes, counted. */
export type ImportedPlanCounts = {
  /** Items with 待核对 flags. */
  flagged: Scalars['Int']['output'];
  goals: Scalars['Int']['output'];
  indicators: Scalars['Int']['output'];
  /** Measures below them. */
  measures: Scalars['Int']['output'];
  /** First-level tasks (工程 / 任务). */
  projects: Scalars['Int']['output'];
  /** 保障措施. */
  safeguards: Scalars['Int']['output'];
};

/** The header the document gives; null where it gives none. */
export type ImportedPlanHeader = {
  /** 文号. */
  docNumber: Maybe<Scalars['String']['output']>;
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  /** 印发日期. */
  issuedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 印发机关. */
  issuer: Maybe<Scalars['String']['output']>;
  startsOn: Maybe<Scalars['LocalDate']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

/** A unit name the document writes, matched against the register. */
export type ImportedUnit = {
  /** The unit it matched (MATCHED, RETIRED). */
  department: Maybe<Department>;
  /** NAME, ALIAS or FORMER_NAME, for a match. */
  matchedBy: Maybe<Scalars['String']['output']>;
  /** How many times the document names it. */
  mentions: Scalars['Int']['output'];
  /** As the document writes it. */
  name: Scalars['String']['output'];
  /** A free register code for a new unit of this name. */
  proposedCode: Maybe<Scalars['String']['output']>;
  /** The kind a new unit of this name would have. */
  proposedKind: Maybe<DepartmentKind>;
  status: ImportedUnitStatus;
  /** Close units of the register, best first. */
  suggestions: Array<ImportedUnitSuggestion>;
};

/** A unit name of a document against the register. */
export type ImportedUnitStatus =
  /** 已对应: a unit of the register by its name, an alias or a former name. */
  | 'MATCHED'
  /** 各项目牵头单位: the leads of the plan’s other items, expanded in the draft. */
  | 'OTHER_ITEMS_LEADS'
  /** 已撤销: the name of a retired unit; choose the unit that does the work now. */
  | 'RETIRED'
  /** 未知: no unit bears the name; choose a close unit (and record an alias) or add one. */
  | 'UNKNOWN';

/** A unit of the register close to a name the document writes. */
export type ImportedUnitSuggestion = {
  department: Department;
  /** Why it is offered: 疑为简称, 仅标点不同…. */
  reason: Scalars['String']['output'];
  /** 0–1, best first. */
  score: Scalars['Float']['output'];
};

/** 指标: a measurable sign of a goal’s progress, with its target. */
export type Indicator = {
  /** 指标评估 today: expected value on the path, latest value, projection at the target date, level and reason. */
  assessment: IndicatorAssessment;
  /** 基期值: the value at the start, when the document gives one. */
  baseline: Maybe<Scalars['Float']['output']>;
  /** 基期值 in words for every screen: the value, unit and year the document gives, 文件未给出 when it gives none, or 定性目标，无基期值 for a target in words. */
  baselineText: Scalars['String']['output'];
  /** The year of the baseline value. */
  baselineYear: Maybe<Scalars['Int']['output']>;
  /** Stable code within the plan, e.g. invention-patents-per-10k. */
  code: Scalars['String']['output'];
  /** The department that reports its values. */
  department: Department;
  /** Which way is better. */
  direction: IndicatorDirection;
  /** The goal the indicator measures. */
  goal: Goal;
  /** Opaque identity, unique across plans (for client caches). */
  id: Scalars['ID']['output'];
  /** 待核对: the importer’s guesses the office has not yet checked. */
  importFlags: Array<ImportFlag>;
  /** The value for the latest date. */
  latest: Maybe<IndicatorObservation>;
  /** The measure the indicator belongs to, if any. */
  measure: Maybe<Measure>;
  /** Name, e.g. 每万人发明专利拥有量. */
  name: Scalars['String']['output'];
  /** Recorded values, newest date first. */
  observations: Array<IndicatorObservation>;
  /** 原文: the sentence it was imported from. */
  source: Maybe<Scalars['String']['output']>;
  /** 目标值: the numeric target; null for a qualitative target. */
  target: Maybe<Scalars['Float']['output']>;
  /** When the target is to be reached. */
  targetDate: Scalars['LocalDate']['output'];
  /** 调整前: the targets revisions replaced, oldest first (empty when never revised); `target` is the one in force. */
  targetHistory: Array<TargetRevision>;
  /** Numeric or qualitative. */
  targetKind: TargetKind;
  /** The target in the document’s own words. */
  targetText: Scalars['String']['output'];
  /** Unit, e.g. 件/万人. */
  unit: Maybe<Scalars['String']['output']>;
};


/** 指标: a measurable sign of a goal’s progress, with its target. */
export type IndicatorObservationsArgs = {
  first?: Scalars['Int']['input'];
};

/** 指标评估: the path from baseline to target, the latest value, the trend, and a level with its reason. */
export type IndicatorAssessment = {
  /** The latest recorded value. */
  actual: Maybe<Scalars['Float']['output']>;
  /** The date the latest value holds for. */
  actualAsOf: Maybe<Scalars['LocalDate']['output']>;
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** The value the path expects today. */
  expected: Maybe<Scalars['Float']['output']>;
  /** The value the path expected on the latest value’s date. */
  expectedAtLatest: Maybe<Scalars['Float']['output']>;
  /** GREEN, YELLOW or RED by the documented thresholds; GREY when not applicable. */
  level: WarningLevel;
  /** The value the trend reaches at the target date. */
  projected: Maybe<Scalars['Float']['output']>;
  /** Why, e.g. 应达 7.6，实际 6.9（2024-12-31），落后路径 11.2%. */
  reason: Scalars['String']['output'];
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** The target value. */
  target: Maybe<Scalars['Float']['output']>;
  /** When the target is to be reached. */
  targetDate: Scalars['LocalDate']['output'];
};

/** Which way is better. */
export type IndicatorDirection =
  /** 越小越好 */
  | 'DECREASE'
  /** 越大越好 */
  | 'INCREASE';

/** 一项指标的终期评估: final value against target, with the reason. */
export type IndicatorEvaluation = {
  /** 达成率 (%): final value ÷ target, or target ÷ final value when lower is better; one decimal. */
  achievementPercent: Maybe<Scalars['Float']['output']>;
  /** 基期值, when the document gives one. */
  baseline: Maybe<Scalars['Float']['output']>;
  /** The date of the final value. */
  finalAsOf: Maybe<Scalars['LocalDate']['output']>;
  /** 终值: the newest value dated on or before the plan’s end date; when there is none, the earliest dated after it. */
  finalValue: Maybe<Scalars['Float']['output']>;
  /** The indicator. */
  indicator: Indicator;
  /** Share (%) of the baseline→target distance covered; null without a baseline. */
  progressPercent: Maybe<Scalars['Float']['output']>;
  /** Why, in Chinese, e.g. 目标 7.6 件，终值 8.1 件（2025-12-31），达成 106.6%. */
  reason: Scalars['String']['output'];
  /** 目标值 (null for a qualitative target). */
  target: Maybe<Scalars['Float']['output']>;
  /** 结论. */
  verdict: IndicatorVerdict;
};

/** An indicator’s recorded value as of a date. */
export type IndicatorObservation = {
  /** The date the value holds for. */
  asOf: Scalars['LocalDate']['output'];
  /** The observation’s id. */
  id: Scalars['ID']['output'];
  /** Source or remark. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  submittedBy: Maybe<User>;
  /** The value, in the indicator’s unit. */
  value: Scalars['Float']['output'];
};

/** 指标结论 at the end of the term (or today, before it ends). */
export type IndicatorVerdict =
  /** 达成：终值达到目标值 */
  | 'MET'
  /** 未达成：终值未达到目标值 */
  | 'NOT_MET'
  /** 无数据：没有实际值 */
  | 'NO_DATA'
  /** 定性：目标以文字表述，由评估组评定 */
  | 'QUALITATIVE';

/** 领导批示: a leader’s comment on a report, a report’s problems or a measure, addressed to the report’s department or to every department assigned to the measure. */
export type Instruction = {
  /** Every department it is addressed to: the report’s, or all assigned to the measure. */
  addressees: Array<Department>;
  /** The department addressed, for REPORT and PROBLEM; null for a measure (see `addressees`). */
  department: Maybe<Department>;
  /** The instruction’s id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The leader who issued it. */
  issuedBy: Maybe<User>;
  /** The day it was issued, in China (UTC+8): how the 调度会 page and the meeting brief date it. */
  issuedOn: Scalars['LocalDate']['output'];
  /** The measure (for a report, the report’s measure). */
  measure: Measure;
  /** 已阅: for a department’s clerk, when its department marked it read; for others, when the last addressee did (null while any has not). Each department’s mark is in `reads`. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who made the mark `readAt` gives. */
  readBy: Maybe<User>;
  /** Every addressed department’s 已阅, first first. */
  reads: Array<InstructionRead>;
  /** The report, for REPORT and PROBLEM. */
  report: Maybe<ProgressReport>;
  /** What it comments on. */
  subject: InstructionSubject;
  /** The instruction. */
  text: Scalars['String']['output'];
  /** What the viewer may do with the instruction now. */
  viewerCan: InstructionViewerCan;
};

/** 已阅: one addressed department’s mark that it has read an instruction. */
export type InstructionRead = {
  /** The department that read it. */
  department: Department;
  /** When the department marked it read. */
  readAt: Scalars['DateTimeISO']['output'];
  /** Its clerk who marked it. */
  readBy: Maybe<User>;
};

/** What a leadership instruction comments on. */
export type InstructionSubject =
  /** 工作措施 */
  | 'MEASURE'
  /** 报告所提存在问题 */
  | 'PROBLEM'
  /** 进度报告 */
  | 'REPORT';

/** What the signed-in viewer may do with the instruction now. */
export type InstructionViewerCan = {
  /** 已阅 (markInstructionRead): a clerk of an addressed department (or member unit) not yet marked. */
  markRead: Scalars['Boolean']['output'];
};

/** 领导批示: a leader comments on a report, its problems or a measure. */
export type IssueInstructionInput = {
  /** The measure’s code: required for MEASURE; for REPORT and PROBLEM, if given, the report’s measure. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** The report: required for REPORT and PROBLEM, absent for MEASURE. */
  reportId?: InputMaybe<Scalars['ID']['input']>;
  /** What the instruction comments on. */
  subject: InstructionSubject;
  /** The instruction (1–2000 characters). */
  text: Scalars['String']['input'];
};

/** 督办单: a leader presses a department on a measure. */
export type IssueUrgeNoticeInput = {
  /** The department pressed; it must lead or take part in the measure. */
  departmentCode: Scalars['String']['input'];
  /** Reply by this day (today or later). */
  dueOn: Scalars['LocalDate']['input'];
  /** 提醒, 催办 or 督办. */
  level: UrgeLevel;
  /** The measure’s code. */
  measureCode: Scalars['String']['input'];
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** What is asked (1–2000 characters). */
  text: Scalars['String']['input'];
};

/** A new login. */
export type LoginResult = {
  /** When the login ends. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>` over HTTP, or as `authorization` in connection_init. */
  token: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** 工作措施 / 工程 / 保障措施: a node in the plan’s tree of work. */
export type Measure = {
  /** Departments’ parts in this measure, own or inherited. */
  assignments: Array<Assignment>;
  /** For a project: its measures in document order. */
  children: Array<Measure>;
  /** Stable code within the plan, e.g. P3.3 or S1. */
  code: Scalars['String']['output'];
  /** The document text of the measure. */
  description: Maybe<Scalars['String']['output']>;
  /** The goal served, its own or its project’s. */
  goal: Maybe<Goal>;
  /** Opaque identity, unique across plans (for client caches). */
  id: Scalars['ID']['output'];
  /** 待核对: the importer’s guesses the office has not yet checked. */
  importFlags: Array<ImportFlag>;
  /** The indicators tied to this measure. */
  indicators: Array<Indicator>;
  /** 领导批示 on this measure and its reports, newest first. */
  instructions: Array<Instruction>;
  /** Project, measure or safeguard. */
  kind: MeasureKind;
  /** The newest standing report, from any department. */
  latestReport: Maybe<ProgressReport>;
  /** 责任部门: the lead departments. */
  leadDepartments: Array<Department>;
  /** The project this measure belongs to. */
  parent: Maybe<Measure>;
  /** 参与部门: the participating departments. */
  participatingDepartments: Array<Department>;
  /** Progress by the roll-up rule (see `rule`). */
  progress: Progress;
  /** 报送情况 of its lead departments; null for a project (it reports through its measures). */
  reporting: Maybe<ReportingStatus>;
  /** Its reports, newest first (withdrawn ones included, marked). */
  reports: Array<ProgressReport>;
  /** 原文: the paragraph or row it was imported from. */
  source: Maybe<Scalars['String']['output']>;
  /** The heading as the document gives it. */
  title: Scalars['String']['output'];
  /** Urging notices on this measure, newest first. */
  urgeNotices: Array<UrgeNotice>;
  /** 研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”). */
  verdict: Verdict;
  /** 三色预警 today, with its reason (a project: the roll-up of its measures). */
  warning: Warning;
  /** 撤销: set when a revision withdrew the measure (from `on`, it owes no reports and leaves every count); null otherwise. */
  withdrawn: Maybe<Withdrawal>;
};


/** 工作措施 / 工程 / 保障措施: a node in the plan’s tree of work. */
export type MeasureReportsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

/** 一项措施的终期评估: its completion by the progress roll-up. */
export type MeasureEvaluation = {
  /** 牵头部门 (its own or inherited from its project). */
  leadDepartments: Array<Department>;
  /** The measure (one that carries the work: a leaf of the tree). */
  measure: Measure;
  /** Percent complete by the progress roll-up (Measure.progress). */
  percentComplete: Scalars['Float']['output'];
  /** Why, in Chinese, e.g. 完成 60%，未完成（按牵头部门最新报告 …）. */
  reason: Scalars['String']['output'];
  /** 结论. */
  verdict: MeasureVerdict;
};

/** Where a node sits in the plan’s tree of work. */
export type MeasureKind =
  /** 工作措施: a task to carry out. */
  | 'MEASURE'
  /** 工程: a programme grouping measures. */
  | 'PROJECT'
  /** 保障措施: a safeguard. */
  | 'SAFEGUARD';

/** 措施结论 by the progress roll-up. */
export type MeasureVerdict =
  /** 已完成：完成 100% */
  | 'COMPLETED'
  /** 未完成：完成不足 100% */
  | 'NOT_COMPLETED'
  /** 未填报：从未报送进度 */
  | 'NOT_REPORTED';

/** 上次调度会以来的领导批示: the section of the 调度会 page and of the meeting brief (meeting-brief.docx). */
export type MeetingInstructions = {
  /** The meeting day (today unless asked). */
  asOf: Scalars['LocalDate']['output'];
  /** The instructions the viewer may read, oldest first. */
  instructions: Array<Instruction>;
  /** The last meeting: instructions issued from this day on. */
  since: Scalars['LocalDate']['output'];
};

/** Merges a unit into another (机构改革): its duties and accounts move; its past reports stay its own. */
export type MergeDepartmentInput = {
  /** The unit merged away. */
  code: Scalars['String']['input'];
  /** The unit it is merged into, which takes over its duties. */
  intoCode: Scalars['String']['input'];
  /** The day of the merge (not after today); default today. */
  mergedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version of the unit merged away the change was made on. */
  version: Scalars['Int']['input'];
};

/** 消息: a reminder, an urging notice, a return, an instruction or a digest. */
export type Message = {
  /** Its words, plain text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['Int']['output'];
  kind: MessageKind;
  /** The page it opens (a path of the dashboard: the desk, the notice, the brief). */
  link: Scalars['String']['output'];
  /** The plan it concerns. */
  planCode: Scalars['String']['output'];
  /** When the reader opened it; null: unread. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** One line. */
  title: Scalars['String']['output'];
};

/** What a message is about; each is a line of a person’s preferences. */
export type MessageKind =
  /** 领导批示 */
  | 'INSTRUCTION'
  /** 报送提醒 */
  | 'REPORT_DUE'
  /** 报告退回修改 */
  | 'REPORT_RETURNED'
  /** 督办单（不可关闭） */
  | 'URGE_NOTICE'
  /** 每周简报 */
  | 'WEEKLY_DIGEST';

/** Sent on the 消息 subscription when the viewer has new messages, or has read some elsewhere. */
export type MessageNotice = {
  /** The newest message. */
  latest: Maybe<Message>;
  /** The messages the viewer has just read in another tab or on another device (empty otherwise). */
  readIds: Array<Scalars['Int']['output']>;
  unreadCount: Scalars['Int']['output'];
};

/** A page of the viewer’s messages, newest first. */
export type MessagePage = {
  hasMore: Scalars['Boolean']['output'];
  items: Array<Message>;
  /** Unread messages in all. */
  unreadCount: Scalars['Int']['output'];
};

/** What the viewer receives. */
export type MessagePreferences = {
  /** The viewer’s own contacts. */
  contacts: Array<Contact>;
  /** The kinds turned off. */
  mutedKinds: Array<MessageKind>;
  /** The kinds that cannot be turned off (督办单). */
  requiredKinds: Array<MessageKind>;
};

/** Moves a node of a draft’s tree: a new parent and position. */
export type MoveDraftMeasureInput = {
  /** The node moved (its children move with it). */
  measureCode: Scalars['String']['input'];
  /** The new parent; leave out for the top level. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** Its place among the new parent’s children, from 0 (past the end: last). */
  position: Scalars['Int']['input'];
};

export type Mutation = {
  /** 审核通过: the plan office accepts the current version of a report (LEADER, ADMIN). */
  acceptProgressReport: ProgressReport;
  /** 签收: the department signs for a notice. */
  acknowledgeUrgeNotice: UrgeNotice;
  /** Adds a contact: the viewer’s own, or (admins) a user’s or a department’s. */
  addContact: Contact;
  /** 同意延期: the office approves; the notice’s reply date moves (LEADER, ADMIN). */
  approveExtension: ExtensionRequest;
  /** 归档: the plan office (or an ADMIN) closes an ended plan (已结束) after its evaluation; from then on it is read-only. CONFLICT PLAN_NOT_ENDED in any other state. */
  archivePlan: Plan;
  /** 办公室补录: the plan office (LEADER, ADMIN) enters a report from its ledger with its original 报送日期 (`reportedOn`), for any assigned department; timeliness is judged by that date. Idempotent by key. */
  backfillProgressReport: ProgressReport;
  /** Removes the plan office’s entry for a day; false when there was none (LEADER, ADMIN). */
  clearCalendarDay: Scalars['Boolean']['output'];
  /** 办结: the office closes a replied notice (LEADER, ADMIN). */
  closeUrgeNotice: UrgeNotice;
  /** 确认无误: clears an imported item’s 待核对 flags, the office having checked it as it stands. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  confirmImportedItem: Scalars['Boolean']['output'];
  /** Adds a unit to the department register (ADMIN). */
  createDepartment: Department;
  /** 新建方案 (ADMIN): a draft plan whose leading group’s office keeps it. */
  createPlan: Plan;
  /** 由文件生成草稿 (ADMIN): a draft plan from an uploaded document, every item with its 原文 and 待核对 flags; units the office chose are added to the register or recorded as aliases. Refusals name their field and write nothing. */
  createPlanFromDocument: Plan;
  /** Creates an account (ADMIN). */
  createUser: User;
  /** Disables an account and ends its sessions (ADMIN). */
  disableUser: User;
  /** Corrects a report; a stale version is a CONFLICT. */
  editProgressReport: ProgressReport;
  /** 领导批示: a leader comments on a report, its problems or a measure (LEADER, ADMIN). */
  issueInstruction: Instruction;
  /** 督办: a leader issues a notice to a department on a measure (LEADER, ADMIN). */
  issueUrgeNotice: UrgeNotice;
  /** Signs in; repeated failures are slowed, then locked for a while. */
  login: LoginResult;
  /** Ends this login: the token stops working at once. */
  logout: Scalars['Boolean']['output'];
  /** 已阅: an addressed department’s clerk marks an instruction read for its department (REPORTER). */
  markInstructionRead: Instruction;
  /** Marks the viewer’s messages read (these, or all); returns the unread count. */
  markMessagesRead: Scalars['Int']['output'];
  /** Merges a unit into another (ADMIN, 机构改革): its duties and accounts move to the successor; it is retired and returned, pointing at the successor (`mergedInto`). */
  mergeDepartment: Department;
  /** Moves a node under a new parent at a position (reorder, indent). Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  moveDraftMeasure: Measure;
  /** 发布: checks the whole draft (every problem at once in extensions.problems, each naming its item: PLAN_NOT_PUBLISHABLE), then puts it in force (实施中). The plan office or an ADMIN. */
  publishPlan: Plan;
  /** 方案调整: applies the changes in order to an ACTIVE plan in one transaction and records one PLAN_REVISED. The plan office or an ADMIN. dryRun: the same checks and lines, nothing written (revision null). Refusals name the change at fault (input.changes[i]…); nothing is written. */
  publishRevision: PlanRevisionResult;
  /** Records an indicator’s value as of a date. */
  recordIndicatorValue: IndicatorObservation;
  /** 不同意延期: the office refuses, saying why (LEADER, ADMIN). */
  refuseExtension: ExtensionRequest;
  removeContact: Scalars['Boolean']['output'];
  /** Removes a goal no measure or indicator belongs to. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  removeDraftGoal: Scalars['Boolean']['output'];
  /** Removes an indicator. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  removeDraftIndicator: Scalars['Boolean']['output'];
  /** Removes a node and all below it (not one holding indicators). Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  removeDraftMeasure: Scalars['Boolean']['output'];
  /** Renames a unit (ADMIN); it keeps its history, and the old name is kept as 原名 with the date. */
  renameDepartment: Department;
  /** 延期申请: the department asks for a later reply date. */
  requestExtension: ExtensionRequest;
  /** Sets a new password and ends the user’s sessions (ADMIN). */
  resetPassword: User;
  /** 反馈: the department replies (after signing, or after a return). */
  respondToUrgeNotice: UrgeNotice;
  /** Retires a unit (ADMIN, 撤销); refused, naming them, while it leads measures of a plan in force. */
  retireDepartment: Department;
  /** Puts a failed delivery back in the queue (admins). */
  retryDelivery: Scalars['Boolean']['output'];
  /** 退回修改: the plan office returns a report to its department with a reason (LEADER, ADMIN). */
  returnProgressReportForRevision: ProgressReport;
  /** 退回: the office sends a reply back for revision (LEADER, ADMIN). */
  returnUrgeNoticeForRevision: UrgeNotice;
  /** Adds a goal (no goalCode) or changes one. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  saveDraftGoal: Goal;
  /** Adds an indicator (no indicatorCode) or changes one. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  saveDraftIndicator: Indicator;
  /** Adds a node of the tree (last under its parent; no measureCode) or changes one. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  saveDraftMeasure: Measure;
  /** 考核权重: set how the four parts weigh (LEADER, ADMIN). */
  setAssessmentWeights: AssessmentWeights;
  /** The plan office makes a day a holiday or a working day (LEADER, ADMIN). */
  setCalendarDay: CalendarDay;
  /** Sets the other names a unit goes by in documents (ADMIN). */
  setDepartmentAliases: Department;
  /** Sets the member units of a group such as 各镇、街道 (ADMIN). */
  setDepartmentMembers: Department;
  /** Sets a node’s lead and participating units. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  setDraftAssignments: Measure;
  /** Sets the kinds of message the viewer turns off. */
  setMessagePreferences: MessagePreferences;
  /** Sets a plan’s reminder settings (its office). */
  setReminderSettings: ReminderSettings;
  /** 报送周期: the plan office sets a plan’s or a measure’s cadence (LEADER, ADMIN). */
  setReportingCycle: ReportingCycleSetting;
  /** 启动接续方案: a draft successor of an ended (or archived) plan, kept by the same office, carrying the chosen unfinished measures with their units and the chosen indicators with their final values as baselines. The plan office or an ADMIN; refusals name their item and write nothing. */
  startSuccessorPlan: Plan;
  /** 进度填报: a department reports on a measure for a period. */
  submitProgressReport: ProgressReport;
  updateContact: Contact;
  /** Changes a draft plan’s own fields. Draft plans only (PLAN_NOT_DRAFT otherwise); the plan office or an ADMIN. */
  updateDraftPlan: Plan;
  /** Withdraws a report; a stale version is a CONFLICT. */
  withdrawProgressReport: ProgressReport;
};


export type MutationAcceptProgressReportArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationAcknowledgeUrgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddContactArgs = {
  input: ContactInput;
  owner?: InputMaybe<ContactOwnerInput>;
};


export type MutationApproveExtensionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationArchivePlanArgs = {
  planCode: Scalars['String']['input'];
};


export type MutationBackfillProgressReportArgs = {
  input: BackfillProgressReportInput;
};


export type MutationClearCalendarDayArgs = {
  date: Scalars['LocalDate']['input'];
};


export type MutationCloseUrgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmImportedItemArgs = {
  code: Scalars['String']['input'];
  kind: DraftItemKind;
  planCode: Scalars['String']['input'];
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePlanFromDocumentArgs = {
  input: CreatePlanFromDocumentInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDisableUserArgs = {
  username: Scalars['String']['input'];
};


export type MutationEditProgressReportArgs = {
  input: EditProgressReportInput;
};


export type MutationIssueInstructionArgs = {
  input: IssueInstructionInput;
};


export type MutationIssueUrgeNoticeArgs = {
  input: IssueUrgeNoticeInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkInstructionReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkMessagesReadArgs = {
  ids?: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type MutationMergeDepartmentArgs = {
  input: MergeDepartmentInput;
};


export type MutationMoveDraftMeasureArgs = {
  input: MoveDraftMeasureInput;
};


export type MutationPublishPlanArgs = {
  planCode: Scalars['String']['input'];
};


export type MutationPublishRevisionArgs = {
  input: PlanRevisionInput;
};


export type MutationRecordIndicatorValueArgs = {
  input: RecordIndicatorValueInput;
};


export type MutationRefuseExtensionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveContactArgs = {
  id: Scalars['Int']['input'];
};


export type MutationRemoveDraftGoalArgs = {
  goalCode: Scalars['String']['input'];
  planCode: Scalars['String']['input'];
};


export type MutationRemoveDraftIndicatorArgs = {
  indicatorCode: Scalars['String']['input'];
  planCode: Scalars['String']['input'];
};


export type MutationRemoveDraftMeasureArgs = {
  measureCode: Scalars['String']['input'];
  planCode: Scalars['String']['input'];
};


export type MutationRenameDepartmentArgs = {
  input: RenameDepartmentInput;
};


export type MutationRequestExtensionArgs = {
  input: RequestExtensionInput;
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRespondToUrgeNoticeArgs = {
  id: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};


export type MutationRetireDepartmentArgs = {
  input: RetireDepartmentInput;
};


export type MutationRetryDeliveryArgs = {
  id: Scalars['Int']['input'];
};


export type MutationReturnProgressReportForRevisionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReturnUrgeNoticeForRevisionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSaveDraftGoalArgs = {
  input: DraftGoalInput;
};


export type MutationSaveDraftIndicatorArgs = {
  input: DraftIndicatorInput;
};


export type MutationSaveDraftMeasureArgs = {
  input: DraftMeasureInput;
};


export type MutationSetAssessmentWeightsArgs = {
  input: SetAssessmentWeightsInput;
};


export type MutationSetCalendarDayArgs = {
  input: SetCalendarDayInput;
};


export type MutationSetDepartmentAliasesArgs = {
  input: SetDepartmentAliasesInput;
};


export type MutationSetDepartmentMembersArgs = {
  input: SetDepartmentMembersInput;
};


export type MutationSetDraftAssignmentsArgs = {
  input: SetDraftAssignmentsInput;
};


export type MutationSetMessagePreferencesArgs = {
  mutedKinds: Array<MessageKind>;
};


export type MutationSetReminderSettingsArgs = {
  input: ReminderSettingsInput;
  planCode: Scalars['String']['input'];
};


export type MutationSetReportingCycleArgs = {
  input: SetReportingCycleInput;
};


export type MutationStartSuccessorPlanArgs = {
  input: StartSuccessorPlanInput;
};


export type MutationSubmitProgressReportArgs = {
  input: SubmitProgressReportInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['Int']['input'];
  input: ContactInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateDraftPlanArgs = {
  input: UpdateDraftPlanInput;
};


export type MutationWithdrawProgressReportArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 遗留事项: something the evaluation leaves open, with why. */
export type OpenItem = {
  /** The department answerable for it, if any. */
  department: Maybe<Department>;
  /** The indicator it concerns, if any. */
  indicator: Maybe<Indicator>;
  /** What kind of item. */
  kind: OpenItemKind;
  /** The measure it concerns, if any. */
  measure: Maybe<Measure>;
  /** Why it is open, in Chinese. */
  reason: Scalars['String']['output'];
  /** A one-line title, in Chinese. */
  title: Scalars['String']['output'];
  /** The open urging notice, for NOTICE_OPEN. */
  urgeNotice: Maybe<UrgeNotice>;
};

/** 遗留事项: what the evaluation leaves open. */
export type OpenItemKind =
  /** 指标未达成 */
  | 'INDICATOR_NOT_MET'
  /** 指标无实际值 */
  | 'INDICATOR_NO_DATA'
  /** 措施未完成（含未填报） */
  | 'MEASURE_NOT_COMPLETED'
  /** 督办单未办结 */
  | 'NOTICE_OPEN'
  /** 未完成措施的最新报告仍有存在问题 */
  | 'PROBLEM_UNRESOLVED';

/** 逾期: a period reported on neither by its deadline nor since. */
export type OverduePeriod = {
  /** Its deadline. */
  dueOn: Scalars['LocalDate']['output'];
  /** The period, e.g. 2025-11. */
  period: Scalars['String']['output'];
  /** Working days past the deadline, up to and including today. */
  workingDaysLate: Scalars['Int']['output'];
};

/** 工作方案: an implementation plan issued as an official document. */
export type Plan = {
  /** 考核权重: the office’s, or the defaults 30 / 30 / 20 / 20. */
  assessmentWeights: AssessmentWeights;
  /** Stable code, e.g. boshan-ip-2022-2025. */
  code: Scalars['String']['output'];
  /** Departments that take part in the plan, in order of mention. */
  departments: Array<Department>;
  /** 发文字号, e.g. 博政发〔2022〕8号. */
  docNumber: Maybe<Scalars['String']['output']>;
  /** Reports are due on this working day of the month after their period. */
  dueWorkingDay: Scalars['Int']['output'];
  /** Last day of the plan period. */
  endsOn: Scalars['LocalDate']['output'];
  /** 序时进度: the share of the plan’s period elapsed by today, 0–100. */
  expectedProgress: Scalars['Float']['output'];
  /** 本期 in the plan’s cycle: the period reports are filed for today (the one today falls in while the plan runs; its last after it ends, reports being taken in the evaluation window; its first before it starts). */
  filingPeriod: Scalars['String']['output'];
  /** The plan’s goals in document order. */
  goals: Array<Goal>;
  /** Opaque identity, unique across plans (for client caches). */
  id: Scalars['ID']['output'];
  /** 待核对: guesses about the document as a whole. */
  importFlags: Array<ImportFlag>;
  /** 导入自: the file the draft was imported from. */
  importedFrom: Maybe<Scalars['String']['output']>;
  /** Every indicator of the plan, in document order. */
  indicators: Array<Indicator>;
  /** 领导批示 on the plan, newest first (a department’s clerk sees only those addressed to it). */
  instructions: Array<Instruction>;
  /** 印发日期: the date the document was issued. */
  issuedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 发文机关: the issuing authority. */
  issuer: Scalars['String']['output'];
  /** 领导小组: the group that supervises the plan. */
  leadingGroup: Maybe<Department>;
  /** 方案状态 today by the server’s clock: 草稿, 实施中, 已结束 (past its end date, in evaluation) or 已归档 (read-only). */
  lifecycle: PlanLifecycle;
  /** The plan’s projects, measures and safeguards in document order. */
  measures: Array<Measure>;
  /** 上次调度会以来的领导批示 for the 调度会 on `asOf`: what the meeting brief (meeting-brief.docx) lists in its section 五, by the same rule and with the same dates (a clerk: those addressed to its units). */
  meetingInstructions: MeetingInstructions;
  /** The counts every screen shows (one scope, verdicts and departments’ own status), phase and period. */
  overview: PlanOverview;
  /** 方案阶段 today by the server’s clock (the same date as Plan.today): before, during or after the plan. */
  phase: PlanPhase;
  /** 接续自: the plan this one succeeds, if any (and visible). */
  predecessor: Maybe<Plan>;
  /** 需协调事项 of the 调度会: the problems in the departments’ latest reports on the measures (not projects, not withdrawn) that pass the filters, grouped by the department their text asks to help; most problems first, those naming none last. The meeting brief (meeting-brief.docx) uses the same rule. */
  problemGroups: Array<ProblemGroup>;
  /** Progress by the roll-up rule (see `rule`). */
  progress: Progress;
  /** How early its reporting reminders go, and the digest. */
  reminderSettings: ReminderSettings;
  /** The last day reports and indicator values are taken: the end of the evaluation window (评估期) after the plan’s end date. Between the end date and this day the plan is ended but still in evaluation. */
  reportingClosesOn: Scalars['LocalDate']['output'];
  /** 报送周期 by default (measures may differ). */
  reportingCycle: ReportingCycle;
  /** 版本历史: the plan’s revisions, newest first, each with its readable changes. */
  revisions: Array<PlanRevision>;
  /** First day of the plan period. */
  startsOn: Scalars['LocalDate']['output'];
  /** 接续方案: the plans started from this one that the viewer may see. */
  successors: Array<Plan>;
  /** The preamble: why and on what basis the plan was made. */
  summary: Maybe<Scalars['String']['output']>;
  /** Title as the document gives it. */
  title: Scalars['String']['output'];
  /** Today in Beijing by the server’s clock: the date every rule runs at (DUBAN_CLOCK may move it). */
  today: Scalars['LocalDate']['output'];
  /** The plan’s urging notices, newest first. */
  urgeNotices: Array<UrgeNotice>;
  /** 研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”). */
  verdict: Verdict;
  /** The plan as it stood right after revision N (0: as published). NOT_FOUND for an unknown N. */
  version: PlanVersion;
  /** What the viewer may do on this plan (the server’s policy). */
  viewerCan: PlanViewerCan;
  /** 三色预警: the roll-up of its projects and safeguards. */
  warning: Warning;
  /** How many of its measures (those that carry the work) are at each level. */
  warningCounts: WarningCounts;
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanInstructionsArgs = {
  first?: Scalars['Int']['input'];
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanMeasuresArgs = {
  kind?: InputMaybe<MeasureKind>;
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanMeetingInstructionsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanProblemGroupsArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['String']['input']>;
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanUrgeNoticesArgs = {
  state?: InputMaybe<UrgeNoticeState>;
};


/** 工作方案: an implementation plan issued as an official document. */
export type PlanVersionArgs = {
  revision: Scalars['Int']['input'];
};

/** One field a change changed: its label and the value before and after. */
export type PlanChangeField = {
  /** After the change, readable. */
  after: Maybe<Scalars['String']['output']>;
  /** Before the change, readable (department names, not ids). */
  before: Maybe<Scalars['String']['output']>;
  /** The field, in Chinese (e.g. 牵头单位, 目标值). */
  label: Scalars['String']['output'];
};

/** The kind of one change to a plan’s content (a draft edit, or a line of a revision). */
export type PlanChangeKind =
  /** 调整责任单位 */
  | 'ASSIGNMENTS_SET'
  /** 新增目标 */
  | 'GOAL_ADDED'
  /** 调整目标顺序 */
  | 'GOAL_MOVED'
  /** 删除目标 */
  | 'GOAL_REMOVED'
  /** 修改目标 */
  | 'GOAL_UPDATED'
  /** 新增指标 */
  | 'INDICATOR_ADDED'
  /** 删除指标 */
  | 'INDICATOR_REMOVED'
  /** 修改指标 (a changed target keeps the old one as 调整前) */
  | 'INDICATOR_UPDATED'
  /** 新增措施 */
  | 'MEASURE_ADDED'
  /** 移动措施 */
  | 'MEASURE_MOVED'
  /** 删除措施 */
  | 'MEASURE_REMOVED'
  /** 修改措施 */
  | 'MEASURE_UPDATED'
  /** 撤销措施 (its reports stay) */
  | 'MEASURE_WITHDRAWN'
  /** 修改方案信息 */
  | 'PLAN_UPDATED';

/** A change as people read it, made by the server from the stored change. */
export type PlanChangeLine = {
  /** The fields changed, only those. */
  fields: Array<PlanChangeField>;
  /** The code of the item changed (goal, measure or indicator; the plan’s own). */
  itemCode: Scalars['String']['output'];
  /** Its title or name (after the change; before it for a removal). */
  itemTitle: Scalars['String']['output'];
  /** What kind of change. */
  kind: PlanChangeKind;
  /** One line in Chinese, e.g. 新增措施 P3.4 …, 撤销措施 P1.2：理由, 牵头单位 区科技局 → 区工信局. */
  summary: Scalars['String']['output'];
};

/** An uploaded plan document, and the plan it proposes (导入预览). */
export type PlanDocument = {
  byteSize: Scalars['Int']['output'];
  counts: ImportedPlanCounts;
  fileName: Scalars['String']['output'];
  /** Guesses about the document as a whole. */
  flags: Array<ImportFlag>;
  /** docx, pdf or text. */
  format: Scalars['String']['output'];
  header: ImportedPlanHeader;
  id: Scalars['Int']['output'];
  /** The register’s leading groups, the one the document names first. */
  leadingGroups: Array<Department>;
  /** A free plan code to start from. */
  suggestedCode: Scalars['String']['output'];
  /** Every unit name it writes, in document order, matched. */
  units: Array<ImportedUnit>;
};

/** 终期评估 of a plan; before its end date, the same computation as of today (中期评估, final false). */
export type PlanEvaluation = {
  /** Every department with a part in the plan. */
  departments: Array<DepartmentRecord>;
  /** The plan’s end date: values dated on or before it are final. */
  endsOn: Scalars['LocalDate']['output'];
  /** The day (Beijing time, by the clock) it was computed. */
  evaluatedOn: Scalars['LocalDate']['output'];
  /** The term has ended (evaluatedOn after endsOn): this is the final evaluation. */
  final: Scalars['Boolean']['output'];
  /** Every indicator, in the plan’s order. */
  indicators: Array<IndicatorEvaluation>;
  /** Every measure that carries the work, in the plan’s order. */
  measures: Array<MeasureEvaluation>;
  /** What remains open: indicators not met or without data, measures not completed, problems, notices. */
  openItems: Array<OpenItem>;
  /** The plan. */
  plan: Plan;
  /** The rules, in words. */
  rule: Scalars['String']['output'];
  /** Headline counts. */
  summary: EvaluationSummary;
};

/** One fact of a plan’s event log: what happened, to what, by whom. */
export type PlanEvent = {
  /** Who did it; null for the system. */
  actor: Maybe<User>;
  /** The assignments whose latest report, warning or reporting status it may have moved: those of the measure it touches and of the projects above it (also as listed for a group’s member units), or, for an event on a department alone, the department’s. A live view selects these rather than every assignment it shows. */
  assignments: Array<Assignment>;
  /** Its position in the log: resume after it with `after`. */
  cursor: Scalars['String']['output'];
  /** The department it touches. */
  department: Maybe<Department>;
  /** For URGE_NOTICE_ESCALATED: why it escalated, in words (逾期未反馈，由「提醒」升级为「催办」…). */
  escalationReason: Maybe<Scalars['String']['output']>;
  /** For EXTENSION_REQUESTED/APPROVED/REFUSED: the request as the event left it. */
  extensionRequest: Maybe<ExtensionRequest>;
  /** The goal it touches. */
  goal: Maybe<Goal>;
  /** The indicator it touches. */
  indicator: Maybe<Indicator>;
  /** 领导批示, as this event left it (null for a clerk of a department it is not addressed to). */
  instruction: Maybe<Instruction>;
  /** The measure it touches. */
  measure: Maybe<Measure>;
  /** The value recorded. */
  observation: Maybe<IndicatorObservation>;
  /** When it was written. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The plan. */
  plan: Maybe<Plan>;
  /** The report, as this event left it. */
  report: Maybe<ProgressReport>;
  /** The report as this event left it, as a value of the event: what a client with a normalised cache shows per event (`report` is the report node, which such a cache keeps once per id). */
  reportSnapshot: Maybe<ReportSnapshot>;
  /** The review decision, for PROGRESS_REPORT_ACCEPTED and _RETURNED. The report itself is one node per id in a client cache (its latest state); the decision is its own node and keeps this event’s reason. */
  review: Maybe<ReportReview>;
  /** What happened, e.g. PROGRESS_REPORTED or INDICATOR_VALUE_RECORDED. */
  type: EventType;
  /** For URGE_NOTICE_* and EXTENSION_APPROVED/REFUSED: the notice as the event left it. */
  urgeNotice: Maybe<UrgeNotice>;
  /** For WARNING_CHANGED: the new level and the old. */
  warningChange: Maybe<WarningChange>;
};

/** Narrows a plan’s events; every field narrows further. */
export type PlanEventFilter = {
  /** Only events touching this department. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only events touching this goal. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** Only events touching this measure. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these event types, e.g. PROGRESS_REPORTED. */
  types?: InputMaybe<Array<EventType>>;
};

/** A page of a plan’s events, oldest first. */
export type PlanEventPage = {
  /** The cursor of the last event; pass as `after` for more. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** The events. */
  events: Array<PlanEvent>;
  /** Whether more events follow. */
  hasMore: Scalars['Boolean']['output'];
};

/** 方案状态: what the office has done with the plan, and whether it is past its end date. */
export type PlanLifecycle =
  /** 实施中：已发布，各部门据此报送 */
  | 'ACTIVE'
  /** 已归档：评估完成后封存，只读 */
  | 'ARCHIVED'
  /** 草稿：编制中，各部门不可见，可自由修改 */
  | 'DRAFT'
  /** 已结束：已过实施期，处于终期评估，尚未归档 */
  | 'ENDED';

/** What every screen counts for a plan, over one stated scope (the measures that carry the work), with the phase and the current period. */
export type PlanOverview = {
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** Its deadline. */
  currentDueOn: Maybe<Scalars['LocalDate']['output']>;
  /** The plan’s current period; null before the start and after the end. */
  currentPeriod: Maybe<Scalars['String']['output']>;
  /** 序时进度, 0–100. */
  expectedProgress: Scalars['Float']['output'];
  /** Measures with at least one period past its deadline and unreported. */
  overdue: Scalars['Int']['output'];
  /** The period in words: 本期 2025-11（2025-12-05 截止）, or 无当期，逾期未报的各期仍须补报. */
  periodLabel: Scalars['String']['output'];
  /** BEFORE, RUNNING or ENDED. */
  phase: PlanPhase;
  /** The phase in words, e.g. 方案已于 2025-12-31 结束. */
  phaseLabel: Scalars['String']['output'];
  /** What is counted, in words, e.g. 24 项措施（其中保障措施 3 项；…）. */
  scope: Scalars['String']['output'];
  /** 部门自报: the same measures by what their departments last reported. */
  statusCounts: StatusCounts;
  /** 研判: the measures by their verdict (system and department combined). */
  verdictCounts: WarningCounts;
};

/** 方案阶段: where today falls against the plan’s period. */
export type PlanPhase =
  /** 尚未开始：今天在实施期第一天之前 */
  | 'BEFORE'
  /** 已结束：今天在实施期最后一天之后，不再有当期，不再预测 */
  | 'ENDED'
  /** 实施中：今天在实施期内（含首末两天） */
  | 'RUNNING';

/** 方案调整: one revision of a plan in force, published whole. */
export type PlanRevision = {
  /** Its changes, in the order they were applied. */
  changes: Array<PlanChangeLine>;
  /** 调整文件号. */
  docNumber: Maybe<Scalars['String']['output']>;
  /** The date it took effect. */
  effectiveOn: Scalars['LocalDate']['output'];
  /** Opaque identity. */
  id: Scalars['ID']['output'];
  /** 第 N 次调整: 1, 2, … per plan. */
  number: Scalars['Int']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Who published it. */
  publishedBy: PlanRevisionPublisher;
  /** 调整理由. */
  reason: Scalars['String']['output'];
};

/** 方案调整: changes to a plan in force, published together with a reason and an effective date. */
export type PlanRevisionInput = {
  /** The changes, applied in order (1 to 200). */
  changes: Array<RevisionChangeInput>;
  /** 调整文件号, e.g. 博知强区办〔2024〕3号. */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** Preview: check and apply everything, then write nothing (the result has no revision). */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The date it takes effect: not before the plan’s start, not after today. */
  effectiveOn: Scalars['LocalDate']['input'];
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** 调整理由 (at most 500 characters). */
  reason: Scalars['String']['input'];
};

/** 从修订文件导入: the revision a revised document proposes against the plan in force. */
export type PlanRevisionProposal = {
  /** The differences in the order to apply them: goals, the tree parents first, withdrawals, indicators. */
  changes: Array<PlanRevisionProposalItem>;
  /** Every unit name of the document the register does not know (add it or record it as an alias). */
  unresolvedUnits: Array<Scalars['String']['output']>;
};

/** One difference of a revised document against the plan in force, for the office to accept or not. */
export type PlanRevisionProposalItem = {
  /** The change as JSON, exactly one RevisionChangeInput (e.g. {"updateMeasure":{"measureCode":"P1.2","title":"…"}}), to pass to publishRevision as it is. A JSON string rather than a union of ten input shapes. Null when held: it needs a unit the register does not know (unresolvedUnits), or an item held before it. */
  changeJson: Maybe<Scalars['String']['output']>;
  /** What it changes, in one Chinese line. */
  description: Scalars['String']['output'];
  /** 原文: the document’s text for it (null for a measure withdrawn: the document no longer has it). */
  source: Maybe<Scalars['String']['output']>;
  /** The unit names this change waits for: the register has none of them. */
  unresolvedUnits: Array<Scalars['String']['output']>;
};

/** Who published a revision. */
export type PlanRevisionPublisher = {
  /** The account’s department, if any. */
  departmentName: Maybe<Scalars['String']['output']>;
  /** The account’s display name. */
  displayName: Scalars['String']['output'];
};

/** What publishRevision did (or, on a dry run, would do). */
export type PlanRevisionResult = {
  /** The changes, readable: what the preview shows. */
  changes: Array<PlanChangeLine>;
  /** The plan, as it stands after the revision (unchanged on a dry run). */
  plan: Plan;
  /** The revision published; null on a dry run. */
  revision: Maybe<PlanRevision>;
};

/** The plan as it stood right after revision N (0: as published), rebuilt by undoing later revisions. */
export type PlanVersion = {
  /** The effective date of that revision (null for 0). */
  effectiveOn: Maybe<Scalars['LocalDate']['output']>;
  goals: Array<PlanVersionGoal>;
  indicators: Array<PlanVersionIndicator>;
  measures: Array<PlanVersionMeasure>;
  /** The revision number (0: as published). */
  revision: Scalars['Int']['output'];
};

/** A goal as it stood in a version of the plan. */
export type PlanVersionGoal = {
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** An indicator as it stood in a version of the plan. */
export type PlanVersionIndicator = {
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  target: Maybe<Scalars['Float']['output']>;
  targetDate: Scalars['LocalDate']['output'];
  targetText: Scalars['String']['output'];
  unit: Maybe<Scalars['String']['output']>;
};

/** A node of the tree as it stood in a version of the plan. */
export type PlanVersionMeasure = {
  code: Scalars['String']['output'];
  /** The goal it serves (its own, not inherited). */
  goalCode: Maybe<Scalars['String']['output']>;
  kind: MeasureKind;
  /** Its own lead unit’s name (null: inherits its parent’s). */
  leadName: Maybe<Scalars['String']['output']>;
  /** The parent’s code; null at the top level. */
  parentCode: Maybe<Scalars['String']['output']>;
  /** Its own participating units’ names. */
  participantNames: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** 已撤销 in this version. */
  withdrawn: Scalars['Boolean']['output'];
};

/** What the signed-in viewer may do on the plan, by the server’s policy (the screen asks, never guesses). */
export type PlanViewerCan = {
  /** 归档 (archivePlan): the plan office or an ADMIN, on an ended plan (已结束) only. */
  archive: Scalars['Boolean']['output'];
  /** 办公室补录: enter a past report for any department (backfillProgressReport). */
  backfillProgressReport: Scalars['Boolean']['output'];
  /** 新建方案: create a new draft plan (createPlan). */
  createPlan: Scalars['Boolean']['output'];
  /** 编辑方案: the plan office (the department hosting its leading group’s office) or an ADMIN. */
  edit: Scalars['Boolean']['output'];
  /** 批示: issue an instruction on a measure or a report (issueInstruction). */
  issueInstruction: Scalars['Boolean']['output'];
  /** 督办: issue an urging notice (issueUrgeNotice). */
  issueUrgeNotice: Scalars['Boolean']['output'];
  /** Review reports: accept or return them (acceptProgressReport, …). */
  reviewProgressReports: Scalars['Boolean']['output'];
  /** 方案调整 (publishRevision): the plan office or an ADMIN, on a plan in force (实施中, not past its end) only. */
  revise: Scalars['Boolean']['output'];
  /** Set the assessment weights (setAssessmentWeights). */
  setAssessmentWeights: Scalars['Boolean']['output'];
  /** Set a measure’s reporting cycle (setReportingCycle). */
  setReportingCycle: Scalars['Boolean']['output'];
  /** 启动接续方案 (startSuccessorPlan): the plan office or an ADMIN, on an ended or archived plan. */
  succeed: Scalars['Boolean']['output'];
  /** Close or return replied notices and decide extension requests. */
  superviseNotices: Scalars['Boolean']['output'];
};

/** The problems that ask one department to help (named in their text), or those naming none. */
export type ProblemGroup = {
  /** Its problems. */
  problems: Array<CoordinationProblem>;
  /** The department asked to help; null: none named. */
  to: Maybe<Department>;
};

/** A rolled-up progress figure, with how it was computed. */
export type Progress = {
  /** Percent complete, one decimal. */
  percent: Scalars['Float']['output'];
  /** How many of its parts have reported. */
  reported: Scalars['Int']['output'];
  /** The rule that produced it, in words. */
  rule: Scalars['String']['output'];
  /** How many parts it is computed from. */
  total: Scalars['Int']['output'];
};

/** 进度填报: a department’s report on a measure for one period. */
export type ProgressReport = {
  /** How a backfilled report is marked, e.g. 办公室补录，原报送日期 2024-03-04; null otherwise. */
  backfillNote: Maybe<Scalars['String']['output']>;
  /** True for history the plan office entered from its ledger (办公室补录). */
  backfilled: Scalars['Boolean']['output'];
  /** The reporting department. */
  department: Department;
  /** Supporting links or files. */
  evidence: Array<Evidence>;
  /** The report’s id. */
  id: Scalars['ID']['output'];
  /** 领导批示 on this report or its problems, newest first. */
  instructions: Array<Instruction>;
  /** The measure reported on. */
  measure: Measure;
  /** 下一步计划. */
  nextSteps: Maybe<Scalars['String']['output']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['output'];
  /** The period reported on, e.g. 2025-06. */
  period: Scalars['String']['output'];
  /** 存在问题: problems needing another department’s help. */
  problems: Maybe<Scalars['String']['output']>;
  /** 报送日期: the day the report was really made: the office’s original date for backfilled history (办公室补录), else the Beijing date of `submittedAt`. Timeliness (按时报送) is judged by it. */
  reportedOn: Scalars['LocalDate']['output'];
  /** The reviewer’s note on the current version: for RETURNED, why (退回修改原因). */
  reviewNote: Maybe<Scalars['String']['output']>;
  /** 审核: the plan office’s review of the current version; an edit (resubmission) resets it to PENDING. */
  reviewState: ReportReviewState;
  /** When the current version was reviewed. */
  reviewedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who reviewed the current version. */
  reviewedBy: Maybe<User>;
  /** Every review decision on the report, oldest first. */
  reviews: Array<ReportReview>;
  /** Where the work stands. */
  status: ProgressStatus;
  /** When it was first submitted. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who submitted it. */
  submittedBy: Maybe<User>;
  /** What was done. */
  summary: Scalars['String']['output'];
  /** Moves on with every edit; send it back to edit or withdraw. */
  version: Scalars['Int']['output'];
  /** What the viewer may do with the report now. */
  viewerCan: ProgressReportViewerCan;
  /** True once the report has been withdrawn. */
  withdrawn: Scalars['Boolean']['output'];
};

/** What the signed-in viewer may do with the report now: the policy and the report’s state. */
export type ProgressReportViewerCan = {
  /** 审核通过 (acceptProgressReport): not withdrawn, not already accepted. */
  accept: Scalars['Boolean']['output'];
  /** 修改 / 重新提交 (editProgressReport): its own department’s, not withdrawn. */
  edit: Scalars['Boolean']['output'];
  /** 批示 on the report (issueInstruction): not withdrawn. */
  instruct: Scalars['Boolean']['output'];
  /** 退回修改 (returnProgressReportForRevision): not withdrawn, not already returned. */
  returnForRevision: Scalars['Boolean']['output'];
  /** 撤回 (withdrawProgressReport). */
  withdraw: Scalars['Boolean']['output'];
};

/** Where a measure’s work stands, as its department reports it. */
export type ProgressStatus =
  /** 存在风险 */
  | 'AT_RISK'
  /** 已完成 */
  | 'COMPLETED'
  /** 滞后 */
  | 'DELAYED'
  /** 未启动 */
  | 'NOT_STARTED'
  /** 正常推进 */
  | 'ON_TRACK';

export type Query = {
  /** The audit trail of writes, newest first (LEADER and ADMIN). */
  auditTrail: AuditPage;
  /** Contacts of the viewer, or (admins) of another user or a department. */
  contacts: Array<Contact>;
  /** The delivery log (admins): sent, failed and pending, per channel. */
  deliveryLog: DeliveryLog;
  /** One department by its code; NOT_FOUND when there is none. */
  department: Maybe<Department>;
  /** 考核: the departments of a plan scored and ranked for a period (any signed-in user; REPORTER: own row). */
  departmentAssessment: Assessment;
  /** The unit a document’s name means: its current name or an alias (区市场监管局), compared without spaces; null when no unit goes by it. A retired unit is returned too: `mergedInto` says where its duties went. */
  departmentByName: Maybe<Department>;
  /** 部门管理: every unit, active and retired, and what the viewer may do to the register. */
  departmentRegister: DepartmentRegister;
  /** Every department in the register. */
  departments: Array<Department>;
  /** A plan’s events after a cursor, oldest first: the activity feed. */
  events: PlanEventPage;
  /** The signed-in user; null when nobody is signed in. */
  me: Maybe<User>;
  /** What the viewer receives, and where. */
  myMessagePreferences: MessagePreferences;
  /** 消息: the viewer’s own messages, newest first. */
  myMessages: MessagePage;
  /** One plan by its code; NOT_FOUND when there is none or the viewer may not see it (as `plans`). */
  plan: Maybe<Plan>;
  /** 导入预览: an uploaded document (POST /api/plan-documents) read into a proposed plan, every unit name matched against the register. The uploader (or an ADMIN) only. */
  planDocument: PlanDocument;
  /** 终期评估 of a plan: indicators against targets, measures’ completion, departments’ records, open items (any signed-in user). */
  planEvaluation: PlanEvaluation;
  /** 从修订文件导入: an uploaded revised document (the viewer’s own upload) read against the plan in force, as the changes of a revision for the office to accept item by item and publish with publishRevision. The plan office only (plan.revise); CONFLICT PLAN_NOT_ACTIVE for a plan that is not in force. Writes nothing. */
  planRevisionProposal: PlanRevisionProposal;
  /** The plans the viewer may see, earliest period first: every published plan for leaders, viewers and admins (drafts too for admins and the plan’s office); for a department’s clerk, the published plans that involve its department or one of its groups. */
  plans: Array<Plan>;
  /** A plan’s newest events, newest first: the recent-activity list. Page back with `before` = `endCursor`; subscribe to `planEvents` with `after` = the first event’s cursor to continue live without a gap. */
  recentEvents: PlanEventPage;
  /** 接续方案的候选: an ended plan’s unfinished measures and its indicators’ final values (the office or an ADMIN; CONFLICT PLAN_NOT_ENDED before the plan has ended). */
  successorCandidates: SuccessorCandidates;
  /** Every account (ADMIN). */
  users: Array<User>;
  /** What the signed-in viewer may do outside any one plan: the links the screens offer. */
  viewerCan: ViewerCan;
  /** The working-day calendar of a year: its holidays and make-up workdays (调休), with the plan office’s entries. */
  workingCalendar: Array<CalendarDay>;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryContactsArgs = {
  owner?: InputMaybe<ContactOwnerInput>;
};


export type QueryDeliveryLogArgs = {
  before?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<DeliveryFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryDepartmentArgs = {
  code: Scalars['String']['input'];
};


export type QueryDepartmentAssessmentArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  planCode: Scalars['String']['input'];
};


export type QueryDepartmentByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  planCode: Scalars['String']['input'];
};


export type QueryMyMessagesArgs = {
  before?: InputMaybe<Scalars['Int']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPlanArgs = {
  code: Scalars['String']['input'];
};


export type QueryPlanDocumentArgs = {
  id: Scalars['Int']['input'];
};


export type QueryPlanEvaluationArgs = {
  planCode: Scalars['String']['input'];
};


export type QueryPlanRevisionProposalArgs = {
  documentId: Scalars['Int']['input'];
  planCode: Scalars['String']['input'];
};


export type QueryRecentEventsArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  planCode: Scalars['String']['input'];
};


export type QuerySuccessorCandidatesArgs = {
  planCode: Scalars['String']['input'];
};


export type QueryWorkingCalendarArgs = {
  year: Scalars['Int']['input'];
};

/** An indicator’s value as of a date. */
export type RecordIndicatorValueInput = {
  /** The date the value holds for. */
  asOf: Scalars['LocalDate']['input'];
  /** As for reports: a retry with the same key returns the original. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The indicator’s code, e.g. invention-patents-per-10k. */
  indicatorCode: Scalars['String']['input'];
  /** Source or remark (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** The value, in the indicator’s unit. */
  value: Scalars['Float']['input'];
};

/** A plan’s reminder settings (set by its office). */
export type ReminderSettings = {
  /** Working days before a deadline the first reporting reminder goes out. */
  leadDays: Scalars['Int']['output'];
  /** Whether the viewer may change them. */
  viewerCanEdit: Scalars['Boolean']['output'];
  weeklyDigest: Scalars['Boolean']['output'];
};

/** A plan’s reminder settings. */
export type ReminderSettingsInput = {
  /** Working days before a deadline the first reporting reminder goes out, 0–20 (0: none). */
  leadDays: Scalars['Int']['input'];
  /** Whether leaders receive the weekly digest (每周简报). */
  weeklyDigest: Scalars['Boolean']['input'];
};

/** A new name for a unit; the old one is kept as 原名 with the date. */
export type RenameDepartmentInput = {
  /** The unit’s code. */
  code: Scalars['String']['input'];
  /** The new official name, unique in the register (names and aliases). */
  name: Scalars['String']['input'];
  /** The day the new name took effect (not after today, not before the previous rename); default today. */
  renamedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was made on (STALE_VERSION if it moved). */
  version: Scalars['Int']['input'];
};

/** One review decision on a report, with the version it judged. */
export type ReportReview = {
  /** 通过 or 退回修改. */
  decision: ReviewDecision;
  /** The decision’s id. */
  id: Scalars['ID']['output'];
  /** The reason for a return, or the note on an acceptance. */
  note: Maybe<Scalars['String']['output']>;
  /** The report version judged. */
  reportVersion: Scalars['Int']['output'];
  /** When it was decided. */
  reviewedAt: Scalars['DateTimeISO']['output'];
  /** Who decided. */
  reviewedBy: Maybe<User>;
};

/** Where the plan office’s review of a report’s current version stands. */
export type ReportReviewState =
  /** 已审核通过 */
  | 'ACCEPTED'
  /** 待审核 */
  | 'PENDING'
  /** 已退回修改（待部门重新提交） */
  | 'RETURNED';

/** A report as one event left it (the report itself, `PlanEvent.report`, is one node that always shows its latest state): what the feed shows for each event. */
export type ReportSnapshot = {
  /** For history the office backfilled: 办公室补录，原报送日期 2024-03-04; null otherwise. */
  backfillNote: Maybe<Scalars['String']['output']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['output'];
  /** The reporting period. */
  period: Scalars['String']['output'];
  /** Problems raised. */
  problems: Maybe<Scalars['String']['output']>;
  /** 报送日期: the original date for history the office backfilled, else the Beijing date of submission. */
  reportedOn: Scalars['LocalDate']['output'];
  /** The status reported. */
  status: ProgressStatus;
  /** What was done. */
  summary: Scalars['String']['output'];
  /** The version this event left. */
  version: Scalars['Int']['output'];
};

/** 报送周期: how often a measure is reported on. */
export type ReportingCycle =
  /** 按半年 (periods YYYY-Hn) */
  | 'HALF_YEARLY'
  /** 按月 (periods YYYY-MM) */
  | 'MONTHLY'
  /** 按季度 (periods YYYY-Qn) */
  | 'QUARTERLY';

/** A cadence the plan office has set. */
export type ReportingCycleSetting = {
  /** The cadence. */
  cycle: ReportingCycle;
  /** The plan’s due working day. */
  dueWorkingDay: Scalars['Int']['output'];
  /** The measure or project; null for the plan’s default. */
  measureCode: Maybe<Scalars['String']['output']>;
  /** The plan’s code. */
  planCode: Scalars['String']['output'];
};

/** The reports a department owed on the measures it leads, as 报送及时 counts them (考核 and 终期评估 show the same). */
export type ReportingRecord = {
  /** What the count is made of, e.g. 牵头 22 项措施 × 38 个月，2022-11 至 2025-12；方案 2022-11-18 印发，此前截止的各期不计. */
  basis: Scalars['String']['output'];
  /** 逾期: owed periods reported after their deadline. */
  late: Scalars['Int']['output'];
  /** Leaf measures it leads (own or inherited from a project). */
  measuresLed: Scalars['Int']['output'];
  /** 未报: owed periods never reported. */
  missing: Scalars['Int']['output'];
  /** 按时: owed periods reported by their deadline (by the 报送日期). */
  onTime: Scalars['Int']['output'];
  /** 应报: periods owed, one per period of each led measure whose deadline falls in the window, has passed and came after the plan was issued. */
  owed: Scalars['Int']['output'];
  /** 已报: owed periods reported at all (按时 + 逾期). */
  reported: Scalars['Int']['output'];
};

/** 报送情况: the cadence, the current period and what is due or overdue. */
export type ReportingStatus = {
  /** The current period’s deadline. */
  currentDueOn: Maybe<Scalars['LocalDate']['output']>;
  /** The period today falls in while the plan runs; null before it starts and after it ends. */
  currentPeriod: Maybe<Scalars['String']['output']>;
  /** Whether the current period has been reported on. */
  currentReported: Scalars['Boolean']['output'];
  /** The cadence that applies. */
  cycle: ReportingCycle;
  /** Reports are due on this working day of the month after the period. */
  dueWorkingDay: Scalars['Int']['output'];
  /** The periods a report is asked for now, most pressing first: the newest overdue period (a report for it answers the gaps before it), else the next one due; then 本期 (the period today falls in, the last after the plan ends, the first before it starts) and the one before it. */
  filingPeriods: Array<Scalars['String']['output']>;
  /** Its deadline. */
  nextDueOn: Maybe<Scalars['LocalDate']['output']>;
  /** The first unreported period whose deadline is today or later. */
  nextDuePeriod: Maybe<Scalars['String']['output']>;
  /** Working days left until that deadline (0 on the day). */
  nextDueWorkingDaysLeft: Maybe<Scalars['Int']['output']>;
  /** Periods past their deadline and not reported on since. */
  overdue: Array<OverduePeriod>;
};

/** 延期申请: a later reply date for a notice, with the reason. */
export type RequestExtensionInput = {
  /** The reply date asked for: after the current one, not in the past. */
  dueOn: Scalars['LocalDate']['input'];
  /** Why more time is needed (1–2000 characters). */
  reason: Scalars['String']['input'];
  /** The notice. */
  urgeNoticeId: Scalars['ID']['input'];
};

/** Retires a unit (撤销): it takes no new assignments. */
export type RetireDepartmentInput = {
  /** The unit’s code. */
  code: Scalars['String']['input'];
  /** The day it was retired (not after today); default today. */
  retiredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was made on. */
  version: Scalars['Int']['input'];
};

/** What the plan office decided on a report. */
export type ReviewDecision =
  /** 通过 */
  | 'ACCEPTED'
  /** 退回修改 */
  | 'RETURNED';

/** A new goal, added at the end. */
export type RevisionAddGoalInput = {
  /** Its code, unique in the plan. */
  code: Scalars['String']['input'];
  /** Its text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A new node of the tree, last under its parent, with its units (a measure is always assigned). */
export type RevisionAddMeasureInput = {
  /** Its code, unique in the plan. */
  code: Scalars['String']['input'];
  /** The body text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The goal it serves (children inherit it). */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** Project or safeguard (top level only), or measure. */
  kind?: InputMaybe<MeasureKind>;
  /** The lead unit’s department code; leave out (with no participants) to inherit the parent’s units. */
  leadCode?: InputMaybe<Scalars['String']['input']>;
  /** The parent’s code; leave out for the top level. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The participating units’ department codes. */
  participantCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The heading. */
  title: Scalars['String']['input'];
};

/** The units of a node from the effective date: one lead (牵头单位) and the participants (配合单位). */
export type RevisionAssignmentsInput = {
  /** The lead unit’s department code; leave out (with no participants) to inherit the parent’s units. */
  leadCode?: InputMaybe<Scalars['String']['input']>;
  /** The node. */
  measureCode: Scalars['String']['input'];
  /** The participating units’ department codes, in the document’s order. */
  participantCodes: Array<Scalars['String']['input']>;
};

/** One change of a revision: exactly one of its fields is set (BAD_USER_INPUT naming it otherwise). */
export type RevisionChangeInput = {
  addGoal?: InputMaybe<RevisionAddGoalInput>;
  /** A new indicator (no indicatorCode). */
  addIndicator?: InputMaybe<RevisionIndicatorInput>;
  addMeasure?: InputMaybe<RevisionAddMeasureInput>;
  moveMeasure?: InputMaybe<RevisionMoveMeasureInput>;
  removeMeasure?: InputMaybe<RevisionRemoveMeasureInput>;
  setAssignments?: InputMaybe<RevisionAssignmentsInput>;
  updateGoal?: InputMaybe<RevisionUpdateGoalInput>;
  /** An indicator changed (indicatorCode). */
  updateIndicator?: InputMaybe<RevisionIndicatorInput>;
  updateMeasure?: InputMaybe<RevisionUpdateMeasureInput>;
  withdrawMeasure?: InputMaybe<RevisionWithdrawMeasureInput>;
};

/** An indicator added (addIndicator: no indicatorCode) or changed (updateIndicator: indicatorCode; fields left out stay). A changed target keeps the old one in the indicator’s target history (调整前). */
export type RevisionIndicatorInput = {
  /** 基期值; null clears it. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** 基期年份; null clears it. */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** The indicator’s (new) code, unique in the plan. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The department that reports its values. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Which way is better. */
  direction?: InputMaybe<IndicatorDirection>;
  /** The goal it measures. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** updateIndicator: its current code. addIndicator: leave out. */
  indicatorCode?: InputMaybe<Scalars['String']['input']>;
  /** The measure it belongs to, if any; null clears it. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 目标值 (numeric targets only); null clears it. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The date the target is for. */
  targetDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A numeric target, or one stated only in words. */
  targetKind?: InputMaybe<TargetKind>;
  /** The document’s own wording of the target. */
  targetText?: InputMaybe<Scalars['String']['input']>;
  /** 计量单位; null clears it. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A node moved under a new parent at a position. */
export type RevisionMoveMeasureInput = {
  /** The node moved (its children move with it). */
  measureCode: Scalars['String']['input'];
  /** The new parent; leave out for the top level. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Its place among the new parent’s children, from 0 (past the end: last). */
  position: Scalars['Int']['input'];
};

/** Deletes a node added by mistake: only one with no reports and no urging notices below it. */
export type RevisionRemoveMeasureInput = {
  /** The node removed (with everything below it). */
  measureCode: Scalars['String']['input'];
};

/** A goal changed: fields left out stay. */
export type RevisionUpdateGoalInput = {
  /** Its new code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Its text; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The goal’s current code. */
  goalCode: Scalars['String']['input'];
  /** Its title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A node changed (no move: see moveMeasure); fields left out stay. */
export type RevisionUpdateMeasureInput = {
  /** Its new code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The body text; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The goal it serves; null clears it. */
  goalCode?: InputMaybe<Scalars['String']['input']>;
  /** Project or safeguard (top level only), or measure. */
  kind?: InputMaybe<MeasureKind>;
  /** The node’s current code. */
  measureCode: Scalars['String']['input'];
  /** The heading. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 撤销: the node and everything below it stop from the effective date; their reports stay. */
export type RevisionWithdrawMeasureInput = {
  /** The node withdrawn. */
  measureCode: Scalars['String']['input'];
  /** 撤销理由. */
  reason: Scalars['String']['input'];
};

/** 考核权重: how the four parts of a department’s score weigh, whole numbers ≥ 0 summing to 100. */
export type SetAssessmentWeightsInput = {
  /** 任务完成 (completion of its measures). */
  completion: Scalars['Int']['input'];
  /** 指标达成 (its indicators on their path). */
  indicators: Scalars['Int']['input'];
  /** 督办响应 (urging notices answered on time). */
  notices: Scalars['Int']['input'];
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** 报送及时 (reports on time). */
  timeliness: Scalars['Int']['input'];
  /** The version the change is based on (0 for the defaults); a stale one is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The plan office makes a day a holiday or a working day. */
export type SetCalendarDayInput = {
  /** The day, 2000-01-01 to 2100-12-31. */
  date: Scalars['LocalDate']['input'];
  /** Why, e.g. 春节 or 春节调休上班 (1–50 characters). */
  name: Scalars['String']['input'];
  /** True: people work that day; false: a day off. */
  working: Scalars['Boolean']['input'];
};

/** The other names a unit goes by in documents. */
export type SetDepartmentAliasesInput = {
  /** Every alias, e.g. 区市场监管局; each unique in the register (names and aliases). Empty clears them. */
  aliases: Array<Scalars['String']['input']>;
  /** The unit’s code. */
  code: Scalars['String']['input'];
  /** The version the change was made on. */
  version: Scalars['Int']['input'];
};

/** The member units of a group such as 各镇、街道. */
export type SetDepartmentMembersInput = {
  /** The group’s code. */
  code: Scalars['String']['input'];
  /** Its member units’ codes, in document order: active units, not groups. */
  memberCodes: Array<Scalars['String']['input']>;
  /** The group’s version the change was made on. */
  version: Scalars['Int']['input'];
};

/** The units of a node: one lead (牵头单位) and the participants (配合单位), groups such as 各镇、街道 included. */
export type SetDraftAssignmentsInput = {
  /** The lead unit’s department code; leave out (with no participants) to inherit the parent’s units. */
  leadCode?: InputMaybe<Scalars['String']['input']>;
  /** The node. */
  measureCode: Scalars['String']['input'];
  /** The participating units’ department codes, in the document’s order. */
  participantCodes: Array<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
};

/** 报送周期: a plan’s cadence and due working day, or one measure’s (or project’s) cadence. */
export type SetReportingCycleInput = {
  /** Monthly, quarterly or half-yearly. */
  cycle: ReportingCycle;
  /** Plan only: reports are due on this working day (1–20) of the month after the period; default 5. */
  dueWorkingDay?: InputMaybe<Scalars['Int']['input']>;
  /** A measure or project; omit to set the plan’s default. */
  measureCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
};

/** 启动接续方案: a draft successor of an ended plan, carrying the measures not finished and baselines. */
export type StartSuccessorPlanInput = {
  /** The indicators to carry, by code: the final value becomes the baseline. None when left out. */
  carryIndicatorCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The unfinished measures to carry, by code in the ended plan (their projects come with them, codes kept). */
  carryMeasureCodes: Array<Scalars['String']['input']>;
  /** The new plan’s code: 2–63 lower-case letters, digits or hyphens. */
  code: Scalars['String']['input'];
  /** 文号, when already known. */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the new term. */
  endsOn: Scalars['LocalDate']['input'];
  /** The ended plan’s code. */
  planCode: Scalars['String']['input'];
  /** The first day of the new term: after the ended plan’s last day. */
  startsOn: Scalars['LocalDate']['input'];
  /** The new document’s title. */
  title: Scalars['String']['input'];
};

/** 部门自报: how many measures their departments last reported at each status (the lead’s latest report). */
export type StatusCounts = {
  /** 存在风险 */
  atRisk: Scalars['Int']['output'];
  /** 已完成 */
  completed: Scalars['Int']['output'];
  /** 滞后 */
  delayed: Scalars['Int']['output'];
  /** 未开始 */
  notStarted: Scalars['Int']['output'];
  /** 正常推进 */
  onTrack: Scalars['Int']['output'];
  /** All measures counted (the same scope as the verdict counts). */
  total: Scalars['Int']['output'];
  /** 从未报送 */
  unreported: Scalars['Int']['output'];
};

/** A department’s report on a measure for one period. */
export type SubmitProgressReportInput = {
  /** The reporting department’s code; a reporter may only give its own. */
  departmentCode: Scalars['String']['input'];
  /** Supporting links or files, at most 20. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  /** A client-chosen key: retrying with the same key and payload returns the original report. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The measure’s code, e.g. P3.3. */
  measureCode: Scalars['String']['input'];
  /** 下一步计划. */
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['input'];
  /** The period reported on: YYYY-MM (monthly), YYYY-Qn or YYYY-Hn. */
  period: Scalars['String']['input'];
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** 存在问题: problems needing another department’s help. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** Where the work stands. */
  status: ProgressStatus;
  /** What was done (1–2000 characters). */
  summary: Scalars['String']['input'];
};

export type Subscription = {
  /** The viewer’s unread count and newest message: at once, each time messages are queued to the viewer, and each time the viewer reads some (in any tab or device). */
  messageEvents: MessageNotice;
  /** A plan’s events as they happen. With `after`, what was missed comes first, in order, once each. */
  planEvents: PlanEvent;
  /** Events that change the plans the viewer sees, across every plan, as they happen: PLAN_IMPORTED and PLAN_PUBLISHED (a plan now in force, with its assignments), PLAN_REVISED, PLAN_ARCHIVED; only those of plans the viewer may see. With `after`, what was missed comes first. */
  planListEvents: PlanEvent;
};


export type SubscriptionPlanEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanEventFilter>;
  planCode: Scalars['String']['input'];
};


export type SubscriptionPlanListEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 接续方案: what the office of an ended plan chooses from. */
export type SuccessorCandidates = {
  /** The earliest start of a successor: the day after the plan ends. */
  earliestStart: Scalars['LocalDate']['output'];
  /** Its indicators with their final values, in order. */
  indicators: Array<SuccessorIndicatorCandidate>;
  /** Its measures not finished, in document order. */
  measures: Array<SuccessorMeasureCandidate>;
  /** The ended plan. */
  plan: Plan;
};

/** An indicator of the ended plan: its final value becomes the successor’s baseline (基期值). */
export type SuccessorIndicatorCandidate = {
  /** The new baseline’s year: the final value’s year. */
  baselineYear: Maybe<Scalars['Int']['output']>;
  /** The unit responsible in the successor (a merged unit’s successor); null when it was retired. */
  department: Maybe<Department>;
  /** The date of the final value. */
  finalAsOf: Maybe<Scalars['LocalDate']['output']>;
  /** 终值: the evaluation’s final value (the new baseline). */
  finalValue: Maybe<Scalars['Float']['output']>;
  /** The indicator in the ended plan. */
  indicator: Indicator;
  /** The old target, kept as the new one until the office edits it. */
  target: Maybe<Scalars['Float']['output']>;
  /** The evaluation’s verdict. */
  verdict: IndicatorVerdict;
};

/** A measure of the ended plan not finished (终期评估: not completed or never reported), to carry over. */
export type SuccessorMeasureCandidate = {
  /** The leads the successor gets: merged units mapped to their successor, retired ones dropped. */
  carriedLeadDepartments: Array<Department>;
  /** The participating units the successor gets, mapped the same way. */
  carriedParticipants: Array<Department>;
  /** The period of its newest standing report, if any. */
  lastPeriod: Maybe<Scalars['String']['output']>;
  /** The status of its newest standing report, if any. */
  lastStatus: Maybe<ProgressStatus>;
  /** 牵头部门 in the ended plan (its own or inherited). */
  leadDepartments: Array<Department>;
  /** The measure in the ended plan (code and title are kept). */
  measure: Measure;
  /** Percent complete by the progress roll-up. */
  percentComplete: Scalars['Float']['output'];
  /** The evaluation’s reason, in Chinese. */
  reason: Scalars['String']['output'];
  /** The evaluation’s verdict: NOT_COMPLETED or NOT_REPORTED. */
  verdict: MeasureVerdict;
};

/** Whether the target is a number or stated only in words. */
export type TargetKind =
  /** 定量目标 */
  | 'NUMERIC'
  /** 定性目标 (如 “显著增长”) */
  | 'QUALITATIVE';

/** 调整前: a target as it stood until a revision (方案调整) replaced it. */
export type TargetRevision = {
  /** 第 N 次调整: the number of the revision that replaced it. */
  revisionNumber: Scalars['Int']['output'];
  /** The numeric target then in force; null for a qualitative one. */
  target: Maybe<Scalars['Float']['output']>;
  /** When that target was to be reached. */
  targetDate: Scalars['LocalDate']['output'];
  /** That target in the document’s own words. */
  targetText: Scalars['String']['output'];
  /** The last day it was in force (the day before the revision took effect). */
  until: Scalars['LocalDate']['output'];
};

/** A draft plan’s own fields; those left out stay as they are. */
export type UpdateDraftPlanInput = {
  /** 文号; null clears it. */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the term. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 印发日期; null clears it. */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 印发机关. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** The plan’s code. */
  planCode: Scalars['String']['input'];
  /** The first day of the term. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The preamble; null clears it. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The document’s title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** How hard a notice presses. */
export type UrgeLevel =
  /** 催办 */
  | 'CHASE'
  /** 提醒 */
  | 'REMIND'
  /** 督办 */
  | 'SUPERVISE';

/** 督办单: a leader presses a department on a measure; every step time-stamped. */
export type UrgeNotice = {
  /** 签收: when the department signed for it. */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reply date agreed: as issued, or as an approved extension set it; escalation leaves it. */
  agreedDueOn: Scalars['LocalDate']['output'];
  /** 办结: when the office closed it. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The department pressed. */
  department: Department;
  /** Reply by this day (escalation moves it on). */
  dueOn: Scalars['LocalDate']['output'];
  /** When it last escalated. */
  escalatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many times it escalated because its reply date passed unanswered (逾期升级). */
  escalations: Scalars['Int']['output'];
  /** Its extension requests, oldest first. */
  extensionRequests: Array<ExtensionRequest>;
  /** The notice’s id. */
  id: Scalars['ID']['output'];
  /** 下发: when it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Who issued it. */
  issuedBy: Maybe<User>;
  /** The level it was issued at (`level` rises as it escalates). */
  issuedLevel: UrgeLevel;
  /** 提醒, 催办 or 督办. */
  level: UrgeLevel;
  /** The measure. */
  measure: Measure;
  /** Past its reply date and not replied to (逾期). */
  overdue: Scalars['Boolean']['output'];
  /** The request awaiting the office, if any. */
  pendingExtension: Maybe<ExtensionRequest>;
  /** 反馈: when the department last replied. */
  respondedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The department’s latest reply. */
  response: Maybe<Scalars['String']['output']>;
  /** Why it was sent back. */
  returnReason: Maybe<Scalars['String']['output']>;
  /** 退回: when the office last sent it back. */
  returnedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where it stands. */
  state: UrgeNoticeState;
  /** What is asked. */
  text: Scalars['String']['output'];
  /** Moves on with every step. */
  version: Scalars['Int']['output'];
  /** What the viewer may do with the notice now. */
  viewerCan: UrgeNoticeViewerCan;
};

/** Where a notice stands: issued → acknowledged → responded → closed, or returned and responded again. */
export type UrgeNoticeState =
  /** 已签收 */
  | 'ACKNOWLEDGED'
  /** 已办结 */
  | 'CLOSED'
  /** 已下发 */
  | 'ISSUED'
  /** 已反馈 */
  | 'RESPONDED'
  /** 已退回（待重新反馈） */
  | 'RETURNED';

/** What the signed-in viewer may do with the notice now: the policy (role, and for a clerk its department or group) and the notice’s state, as the mutation will judge them. */
export type UrgeNoticeViewerCan = {
  /** 签收 (acknowledgeUrgeNotice). */
  acknowledge: Scalars['Boolean']['output'];
  /** 办结 (closeUrgeNotice). */
  close: Scalars['Boolean']['output'];
  /** 同意/不同意延期 the pending request (approveExtension, refuseExtension). */
  decideExtension: Scalars['Boolean']['output'];
  /** 申请延期 (requestExtension): owed a reply, and no request pending. */
  requestExtension: Scalars['Boolean']['output'];
  /** 反馈 (respondToUrgeNotice). */
  respond: Scalars['Boolean']['output'];
  /** 退回 (returnUrgeNoticeForRevision). */
  returnForRevision: Scalars['Boolean']['output'];
};

/** A person (or screen) who signs in. */
export type User = {
  /** True while the account may sign in. */
  active: Scalars['Boolean']['output'];
  /** The user’s department, if any. */
  department: Maybe<Department>;
  /** Name shown to others. */
  displayName: Scalars['String']['output'];
  /** What the user may do. */
  role: UserRole;
  /** Login name. */
  username: Scalars['String']['output'];
};

/** What a user may do. */
export type UserRole =
  /** 系统管理员: manages plans, departments and users. */
  | 'ADMIN'
  /** 领导小组成员: reads everything, comments, issues instructions and urging notices. */
  | 'LEADER'
  /** 部门填报员: reads the plan, writes only for its own department. */
  | 'REPORTER'
  /** 只读 (如会议室大屏). */
  | 'VIEWER';

/** 研判: the one verdict a leader sees first. The department’s own status and the system’s checks combined (docs/SUPERVISION.md, “One supervision model”): a level, a word for it, whose word decided it, a sentence why, and the details on demand. */
export type Verdict = {
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** Whose word decided it: 部门自报 or 系统研判 (a roll-up: 取所含各项中最严重者). */
  basis: Scalars['String']['output'];
  /** The details: other reasons, or for a roll-up each measure needing attention. */
  details: Array<Scalars['String']['output']>;
  /** A word or two: 逾期未报, 自报滞后, 正常推进; for a roll-up 需督办, 需关注 …. */
  label: Scalars['String']['output'];
  /** The level (the 三色预警 level). */
  level: WarningLevel;
  /** Why, in one sentence: the fact that matters first. */
  reason: Scalars['String']['output'];
};

/** What decided a measure’s verdict: the department’s own status or one of the system’s checks. */
export type VerdictCause =
  /** 自报存在风险（部门自报） */
  | 'AT_RISK'
  /** 落后序时进度（系统研判） */
  | 'BEHIND_PACE'
  /** 已完成（部门自报） */
  | 'COMPLETED'
  /** 自报滞后（部门自报） */
  | 'DELAYED'
  /** 临近截止尚未报送（系统研判） */
  | 'DUE_SOON'
  /** 指标落后路径或未达成（系统研判） */
  | 'INDICATOR'
  /** 方案尚未开始 */
  | 'NOT_STARTED'
  /** 按期报送，进度正常 */
  | 'ON_TRACK'
  /** 逾期未报（系统研判） */
  | 'OVERDUE';

/** What the signed-in viewer may do outside any one plan, by the server’s policy (the screen asks, never guesses). */
export type ViewerCan = {
  /** 新建方案: create a new draft plan (createPlan). */
  createPlan: Scalars['Boolean']['output'];
  /** 部门联系方式: set departments’ and other people’s e-mail and group robots (addContact with an owner). */
  manageContacts: Scalars['Boolean']['output'];
  /** 部门管理: change the department register at all (the page is offered). */
  manageDepartments: Scalars['Boolean']['output'];
  /** 发送记录: read the delivery log (deliveryLog) and resend failed deliveries. */
  readDeliveries: Scalars['Boolean']['output'];
};

/** 三色预警: a level with the reason it has and the rule that gave it. */
export type Warning = {
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** What decided a measure’s level; null for a roll-up. */
  cause: Maybe<VerdictCause>;
  /** For a roll-up: how many of its parts are at each level. */
  counts: Maybe<WarningCounts>;
  /** For a roll-up: every measure (or indicator) needing attention, worst first, as `P2.2：reason`. */
  details: Array<Scalars['String']['output']>;
  /** The deadline the warning is about, if any. */
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  /** The level. */
  level: WarningLevel;
  /** Why, in Chinese, e.g. 2025-11 报告逾期 3 个工作日（截止 2025-12-05）. */
  reason: Scalars['String']['output'];
  /** Every reason that applies, worst first. */
  reasons: Array<Scalars['String']['output']>;
  /** The rule that produced it, in words. */
  rule: Scalars['String']['output'];
};

/** A measure’s warning level changed (a WARNING_CHANGED event). */
export type WarningChange = {
  /** The day (Beijing time) the new level holds for. */
  asOf: Scalars['LocalDate']['output'];
  /** The new level. */
  level: WarningLevel;
  /** The level before. */
  previousLevel: Maybe<WarningLevel>;
  /** The reason before. */
  previousReason: Maybe<Scalars['String']['output']>;
  /** Why, as the rules said then. */
  reason: Scalars['String']['output'];
};

/** How many parts are at each level. */
export type WarningCounts = {
  /** 蓝 */
  blue: Scalars['Int']['output'];
  /** 绿 */
  green: Scalars['Int']['output'];
  /** 灰 */
  grey: Scalars['Int']['output'];
  /** 红 */
  red: Scalars['Int']['output'];
  /** All parts. */
  total: Scalars['Int']['output'];
  /** 黄 */
  yellow: Scalars['Int']['output'];
};

/** 三色预警, with green for on track and grey for not applicable. */
export type WarningLevel =
  /** 蓝：临近期限，尚未报送 */
  | 'BLUE'
  /** 绿：正常 */
  | 'GREEN'
  /** 灰：不适用（方案未开始、定性指标、尚无数据） */
  | 'GREY'
  /** 红：逾期未报或自报滞后；指标严重落后或未达成 */
  | 'RED'
  /** 黄：进度滞后或存在风险 */
  | 'YELLOW';

/** The message format a webhook expects. */
export type WebhookFormat =
  /** 钉钉群机器人 */
  | 'DINGTALK'
  /** 飞书群机器人 */
  | 'FEISHU'
  /** 通用 JSON（HMAC 签名） */
  | 'GENERIC'
  /** 企业微信 / 政务微信群机器人 */
  | 'WECOM';

/** 撤销: a revision withdrew the measure; its reports and history are kept. */
export type Withdrawal = {
  /** The date from which it carries no duty (the revision’s effective date). */
  on: Scalars['String']['output'];
  /** Why it was withdrawn, as the revision says. */
  reason: Scalars['String']['output'];
};

export type KitLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type KitLoginMutation = { login: { token: string } };

export type PlanGraphQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type PlanGraphQuery = { plan: { code: string, title: string, issuer: string, docNumber: string | null, issuedOn: string | null, startsOn: string, endsOn: string, summary: string | null, leadingGroup: { code: string, name: string, kind: DepartmentKind, office: { code: string, name: string } | null } | null, goals: Array<{ code: string, title: string, description: string | null, indicators: Array<{ code: string, name: string, unit: string | null, baseline: number | null, baselineYear: number | null, target: number | null, targetDate: string, direction: IndicatorDirection, targetKind: TargetKind, targetText: string, goal: { code: string }, measure: { code: string } | null, department: { code: string, name: string } }>, measures: Array<{ code: string, kind: MeasureKind, title: string }> }>, measures: Array<{ code: string, kind: MeasureKind, title: string, description: string | null, parent: { code: string } | null, children: Array<{ code: string, title: string }>, goal: { code: string, title: string } | null, leadDepartments: Array<{ code: string, name: string, kind: DepartmentKind }>, participatingDepartments: Array<{ code: string, name: string, kind: DepartmentKind, members: Array<{ code: string, name: string }> }>, assignments: Array<{ role: AssignmentRole, inherited: boolean, measure: { code: string }, department: { code: string, name: string }, inheritedFrom: { code: string } | null }>, indicators: Array<{ code: string }> }>, departments: Array<{ code: string, name: string, kind: DepartmentKind, members: Array<{ code: string, name: string, kind: DepartmentKind }>, assignments: Array<{ role: AssignmentRole, measure: { code: string }, department: { code: string } }> | null, indicators: Array<{ code: string }> | null }>, indicators: Array<{ code: string, name: string, unit: string | null, baseline: number | null, baselineYear: number | null, target: number | null, targetDate: string, direction: IndicatorDirection, targetKind: TargetKind, targetText: string, goal: { code: string }, measure: { code: string } | null, department: { code: string, name: string } }> } | null };

export type IndicatorFieldsFragment = { code: string, name: string, unit: string | null, baseline: number | null, baselineYear: number | null, target: number | null, targetDate: string, direction: IndicatorDirection, targetKind: TargetKind, targetText: string, goal: { code: string }, measure: { code: string } | null, department: { code: string, name: string } };

export type SafeguardTitlesQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SafeguardTitlesQuery = { plan: { measures: Array<{ title: string }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  code
  name
  unit
  baseline
  baselineYear
  target
  targetDate
  direction
  targetKind
  targetText
  goal {
    code
  }
  measure {
    code
  }
  department {
    code
    name
  }
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const KitLoginDocument = new TypedDocumentString(`
    mutation KitLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<KitLoginMutation, KitLoginMutationVariables>;
export const PlanGraphDocument = new TypedDocumentString(`
    query PlanGraph($code: String!) {
  plan(code: $code) {
    code
    title
    issuer
    docNumber
    issuedOn
    startsOn
    endsOn
    summary
    leadingGroup {
      code
      name
      kind
      office {
        code
        name
      }
    }
    goals {
      code
      title
      description
      indicators {
        ...IndicatorFields
      }
      measures {
        code
        kind
        title
      }
    }
    measures {
      code
      kind
      title
      description
      parent {
        code
      }
      children {
        code
        title
      }
      goal {
        code
        title
      }
      leadDepartments {
        code
        name
        kind
      }
      participatingDepartments {
        code
        name
        kind
        members {
          code
          name
        }
      }
      assignments {
        role
        inherited
        measure {
          code
        }
        department {
          code
          name
        }
        inheritedFrom {
          code
        }
      }
      indicators {
        code
      }
    }
    departments {
      code
      name
      kind
      members {
        code
        name
        kind
      }
      assignments(planCode: $code) {
        role
        measure {
          code
        }
        department {
          code
        }
      }
      indicators(planCode: $code) {
        code
      }
    }
    indicators {
      ...IndicatorFields
    }
  }
}
    fragment IndicatorFields on Indicator {
  code
  name
  unit
  baseline
  baselineYear
  target
  targetDate
  direction
  targetKind
  targetText
  goal {
    code
  }
  measure {
    code
  }
  department {
    code
    name
  }
}`) as unknown as TypedDocumentString<PlanGraphQuery, PlanGraphQueryVariables>;
export const SafeguardTitlesDocument = new TypedDocumentString(`
    query SafeguardTitles($code: String!) {
  plan(code: $code) {
    measures(kind: SAFEGUARD) {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SafeguardTitlesQuery, SafeguardTitlesQueryVariables>;