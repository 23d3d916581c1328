/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  __typename?: 'Assessment';
  /** The day measures and indicators are judged at: the period’s end, or today if earlier. */
  asOf: Scalars['LocalDate']['output'];
  /** First day of the period. */
  from: Scalars['LocalDate']['output'];
  /** As asked: 2024, 2024-Q3, 2024-H1; null for the whole term. */
  period?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'AssessmentPart';
  /** False (不适用) when there was nothing to judge. */
  applicable: Scalars['Boolean']['output'];
  /** The weight it carries here: grown in proportion when other parts are not applicable; 0 when it is not. */
  effectiveWeight: Scalars['Float']['output'];
  /** Which part. */
  kind: AssessmentPartKind;
  /** 报送及时, 任务完成, 指标达成 or 督办响应. */
  name: Scalars['String']['output'];
  /** ratio × effective weight, one decimal; null when not applicable. */
  points?: Maybe<Scalars['Float']['output']>;
  /** How well, 0..1; null when not applicable. */
  ratio?: Maybe<Scalars['Float']['output']>;
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
  __typename?: 'AssessmentViewerCan';
  /** 下载通报 (circular.docx): the circular carries every unit’s row, so only a viewer who sees them all (LEADER, ADMIN, VIEWER) may have it; a department’s clerk, who sees its own row, may not. */
  downloadCircular: Scalars['Boolean']['output'];
};

/** 考核权重: points out of 100 for each part of the score. */
export type AssessmentWeights = {
  __typename?: 'AssessmentWeights';
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
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Moves on with every change; 0 while the defaults apply. */
  version: Scalars['Int']['output'];
};

/** A department’s part in a measure. */
export type Assignment = {
  __typename?: 'Assignment';
  /** The department. */
  department: Department;
  /** When listed for a member unit of the assigned group (a town of 各镇、街道): the group, through which the unit holds this assignment and for which it reports; null for the department’s own assignments. */
  heldThrough?: Maybe<Department>;
  /** True when the measure takes this assignment from its project rather than naming it itself. */
  inherited: Scalars['Boolean']['output'];
  /** For an inherited assignment: the project the document names it on. */
  inheritedFrom?: Maybe<Measure>;
  /** The same for the same duty however it is reached (through its measure, its department, or a live event): the measure, the department holding it, its role, and the member unit it is listed for. */
  key: Scalars['ID']['output'];
  /** This department’s newest standing report on this measure; for a group (各镇、街道), the newest from any member. */
  latestReport?: Maybe<ProgressReport>;
  /** The measure. */
  measure: Measure;
  /** Whether this part owes reports of its own: a lead does (or any assigned department when none leads); a participant beside a lead does not (配合单位不单独报送) and may still post progress, which counts for the measure. A member unit holding a group’s part owes what the group owes, and any member’s report settles it. */
  owesReports: Scalars['Boolean']['output'];
  /** 报送情况 of this department on the measure; null on a project. */
  reporting?: Maybe<ReportingStatus>;
  /** Lead or participant. */
  role: AssignmentRole;
  /** The day this duty began, when a revision (方案调整) gave it: it owes no period due before it. Null: from the plan’s start. */
  since?: Maybe<Scalars['LocalDate']['output']>;
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
  __typename?: 'AuditEntry';
  /** Who wrote it; null for the system (seeds, CLI). */
  actor?: Maybe<User>;
  /** The record after the write. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The record before the write. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The department it touched. */
  department?: Maybe<Department>;
  /** The event’s id. */
  id: Scalars['ID']['output'];
  /** The measure it touched. */
  measure?: Maybe<Measure>;
  /** What marks the write, in Chinese, e.g. 办公室补录，原报送日期 2024-03-04 for backfilled history. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was written. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Everything the event recorded. */
  payload: Scalars['JSONObject']['output'];
  /** The plan it touched. */
  plan?: Maybe<Plan>;
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
  __typename?: 'AuditPage';
  /** The entries. */
  entries: Array<AuditEntry>;
  /** Pass as `after` for the next (older) page; null at the end. */
  nextCursor?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'CalendarDay';
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
  __typename?: 'Contact';
  address: Scalars['String']['output'];
  channel: ChannelKind;
  format?: Maybe<WebhookFormat>;
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
  __typename?: 'CoordinationProblem';
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
  __typename?: 'Delivery';
  address: Scalars['String']['output'];
  attempts: Scalars['Int']['output'];
  channel: ChannelKind;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['Int']['output'];
  /** The last attempt’s error. */
  lastError?: Maybe<Scalars['String']['output']>;
  message: Message;
  /** Not before (quiet hours, backoff). */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who it is for: a person’s name or a department’s. */
  recipient: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  state: DeliveryState;
};

/** How many deliveries a channel has in a state. */
export type DeliveryCount = {
  __typename?: 'DeliveryCount';
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
  __typename?: 'DeliveryLog';
  counts: Array<DeliveryCount>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<Delivery>;
  /** While quiet hours hold sending (nights, holidays): when sending resumes. */
  quietUntil?: Maybe<Scalars['DateTimeISO']['output']>;
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
  __typename?: 'Department';
  /** Other names the unit goes by in documents (区市场监管局), unique in the register. */
  aliases: Array<Scalars['String']['output']>;
  /** The department’s assignments as the documents name them, in one plan or in all; for a member unit, also those of its groups. */
  assignments?: Maybe<Array<Assignment>>;
  /** Stable code, e.g. market-supervision. */
  code: Scalars['String']['output'];
  /** 原牵头 / 原配合: the duties a revision (方案调整) ended for this department in the plan, with their spans. */
  endedDuties: Array<EndedDuty>;
  /** Names it bore before (原名), oldest first: a rename keeps the unit, its history and its accounts. */
  formerNames: Array<DepartmentFormerName>;
  /** The groups this unit belongs to. */
  groups: Array<Department>;
  /** The indicators this department reports, in one plan or all. */
  indicators?: Maybe<Array<Indicator>>;
  /** 领导批示 addressed to this department in a plan, newest first: on its reports, and on measures it leads or takes part in (directly, by inheritance from a project, or as a member unit of an assigned group). */
  instructions: Array<Instruction>;
  /** What sort of unit this is. */
  kind: DepartmentKind;
  /** For a group such as 各镇、街道: its member units. */
  members: Array<Department>;
  /** For a unit merged into another (机构改革): the unit that took over its duties and accounts. */
  mergedInto?: Maybe<Department>;
  /** Official name, e.g. 区市场监督管理局. */
  name: Scalars['String']['output'];
  /** The name the unit bore on a day (YYYY-MM-DD): a former name before its rename, else the current one. */
  nameOn: Scalars['String']['output'];
  /** For a leading group: the department hosting its office (领导小组办公室). */
  office?: Maybe<Department>;
  /** The department’s progress in a plan. */
  progress?: Maybe<Progress>;
  /** The day it was retired or merged; null while active. */
  retiredOn?: Maybe<Scalars['LocalDate']['output']>;
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
  __typename?: 'DepartmentAssessment';
  /** The department. */
  department: Department;
  /** The four parts, in order. */
  parts: Array<AssessmentPart>;
  /** Rank by score, highest first; equal scores share a rank; null without a score. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** The rank as it reads: 并列第 1, 第 3, or 不参加排名. */
  rankText: Scalars['String']['output'];
  /** The details: the score as the sum of the parts’ points, in Chinese. */
  reason: Scalars['String']['output'];
  /** The owed reports behind 报送及时, and what the count is made of. */
  reporting: ReportingRecord;
  /** Out of 100, one decimal; null when no part applies. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Why the score is what it is, in one plain Chinese sentence: where it lost most, and why. */
  summary: Scalars['String']['output'];
  /** Another department holds the same rank (并列). */
  tied: Scalars['Boolean']['output'];
};

/** 原名: a name the unit bore before a rename. */
export type DepartmentFormerName = {
  __typename?: 'DepartmentFormerName';
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
  __typename?: 'DepartmentRecord';
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
  __typename?: 'DepartmentRegister';
  /** Every unit, active and retired, in register order. */
  departments: Array<Department>;
  /** What the viewer may do to the register. */
  viewerCan: DepartmentRegisterViewerCan;
};

/** What the viewer may do to the department register. */
export type DepartmentRegisterViewerCan = {
  __typename?: 'DepartmentRegisterViewerCan';
  /** Add a unit. */
  create: Scalars['Boolean']['output'];
  /** Change any unit at all (the 部门管理 page is offered). */
  manage: Scalars['Boolean']['output'];
};

/** A department’s record in a plan this period, over the measures that carry the work (projects stand for theirs; withdrawn ones count nowhere): what it leads and takes part in, what it owes and has reported, what is overdue, and what its latest reports call at risk or delayed. Counted on the server so that a screen of every department need not fetch every assignment. */
export type DepartmentStanding = {
  __typename?: 'DepartmentStanding';
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
  __typename?: 'DepartmentViewerCan';
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
  __typename?: 'EndedDuty';
  /** The measure. */
  measure: Measure;
  /** The role it held. */
  role: AssignmentRole;
  /** From when (null: the plan’s start). */
  since?: Maybe<Scalars['LocalDate']['output']>;
  /** The last day it held the duty (the day before the revision). */
  until: Scalars['LocalDate']['output'];
};

/** The evaluation’s headline counts. */
export type EvaluationSummary = {
  __typename?: 'EvaluationSummary';
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
  __typename?: 'Evidence';
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
  __typename?: 'ExtensionRequest';
  /** When the office decided. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who decided. */
  decidedBy?: Maybe<User>;
  /** The office’s note: why it refused, or a remark on approval. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The request’s id. */
  id: Scalars['ID']['output'];
  /** The reply date when it was asked. */
  previousDueOn: Scalars['LocalDate']['output'];
  /** Why the department needs more time. */
  reason: Scalars['String']['output'];
  /** When it was asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Who asked. */
  requestedBy?: Maybe<User>;
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
  __typename?: 'Goal';
  /** Stable code within the plan, e.g. G1. */
  code: Scalars['String']['output'];
  /** The document text that spells the goal out. */
  description?: Maybe<Scalars['String']['output']>;
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
  source?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'ImportFlag';
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
  __typename?: 'ImportedPlanCounts';
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
  __typename?: 'ImportedPlanHeader';
  /** 文号. */
  docNumber?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 印发日期. */
  issuedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 印发机关. */
  issuer?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['LocalDate']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** A unit name the document writes, matched against the register. */
export type ImportedUnit = {
  __typename?: 'ImportedUnit';
  /** The unit it matched (MATCHED, RETIRED). */
  department?: Maybe<Department>;
  /** NAME, ALIAS or FORMER_NAME, for a match. */
  matchedBy?: Maybe<Scalars['String']['output']>;
  /** How many times the document names it. */
  mentions: Scalars['Int']['output'];
  /** As the document writes it. */
  name: Scalars['String']['output'];
  /** A free register code for a new unit of this name. */
  proposedCode?: Maybe<Scalars['String']['output']>;
  /** The kind a new unit of this name would have. */
  proposedKind?: Maybe<DepartmentKind>;
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
  __typename?: 'ImportedUnitSuggestion';
  department: Department;
  /** Why it is offered: 疑为简称, 仅标点不同…. */
  reason: Scalars['String']['output'];
  /** 0–1, best first. */
  score: Scalars['Float']['output'];
};

/** 指标: a measurable sign of a goal’s progress, with its target. */
export type Indicator = {
  __typename?: 'Indicator';
  /** 指标评估 today: expected value on the path, latest value, projection at the target date, level and reason. */
  assessment: IndicatorAssessment;
  /** 基期值: the value at the start, when the document gives one. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** 基期值 in words for every screen: the value, unit and year the document gives, 文件未给出 when it gives none, or 定性目标，无基期值 for a target in words. */
  baselineText: Scalars['String']['output'];
  /** The year of the baseline value. */
  baselineYear?: Maybe<Scalars['Int']['output']>;
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
  latest?: Maybe<IndicatorObservation>;
  /** The measure the indicator belongs to, if any. */
  measure?: Maybe<Measure>;
  /** Name, e.g. 每万人发明专利拥有量. */
  name: Scalars['String']['output'];
  /** Recorded values, newest date first. */
  observations: Array<IndicatorObservation>;
  /** 原文: the sentence it was imported from. */
  source?: Maybe<Scalars['String']['output']>;
  /** 目标值: the numeric target; null for a qualitative target. */
  target?: Maybe<Scalars['Float']['output']>;
  /** When the target is to be reached. */
  targetDate: Scalars['LocalDate']['output'];
  /** 调整前: the targets revisions replaced, oldest first (empty when never revised); `target` is the one in force. */
  targetHistory: Array<TargetRevision>;
  /** Numeric or qualitative. */
  targetKind: TargetKind;
  /** The target in the document’s own words. */
  targetText: Scalars['String']['output'];
  /** Unit, e.g. 件/万人. */
  unit?: Maybe<Scalars['String']['output']>;
};


/** 指标: a measurable sign of a goal’s progress, with its target. */
export type IndicatorObservationsArgs = {
  first?: Scalars['Int']['input'];
};

/** 指标评估: the path from baseline to target, the latest value, the trend, and a level with its reason. */
export type IndicatorAssessment = {
  __typename?: 'IndicatorAssessment';
  /** The latest recorded value. */
  actual?: Maybe<Scalars['Float']['output']>;
  /** The date the latest value holds for. */
  actualAsOf?: Maybe<Scalars['LocalDate']['output']>;
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** The value the path expects today. */
  expected?: Maybe<Scalars['Float']['output']>;
  /** The value the path expected on the latest value’s date. */
  expectedAtLatest?: Maybe<Scalars['Float']['output']>;
  /** GREEN, YELLOW or RED by the documented thresholds; GREY when not applicable. */
  level: WarningLevel;
  /** The value the trend reaches at the target date. */
  projected?: Maybe<Scalars['Float']['output']>;
  /** Why, e.g. 应达 7.6，实际 6.9（2024-12-31），落后路径 11.2%. */
  reason: Scalars['String']['output'];
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  /** The target value. */
  target?: Maybe<Scalars['Float']['output']>;
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
  __typename?: 'IndicatorEvaluation';
  /** 达成率 (%): final value ÷ target, or target ÷ final value when lower is better; one decimal. */
  achievementPercent?: Maybe<Scalars['Float']['output']>;
  /** 基期值, when the document gives one. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** The date of the final value. */
  finalAsOf?: Maybe<Scalars['LocalDate']['output']>;
  /** 终值: the newest value dated on or before the plan’s end date; when there is none, the earliest dated after it. */
  finalValue?: Maybe<Scalars['Float']['output']>;
  /** The indicator. */
  indicator: Indicator;
  /** Share (%) of the baseline→target distance covered; null without a baseline. */
  progressPercent?: Maybe<Scalars['Float']['output']>;
  /** Why, in Chinese, e.g. 目标 7.6 件，终值 8.1 件（2025-12-31），达成 106.6%. */
  reason: Scalars['String']['output'];
  /** 目标值 (null for a qualitative target). */
  target?: Maybe<Scalars['Float']['output']>;
  /** 结论. */
  verdict: IndicatorVerdict;
};

/** An indicator’s recorded value as of a date. */
export type IndicatorObservation = {
  __typename?: 'IndicatorObservation';
  /** The date the value holds for. */
  asOf: Scalars['LocalDate']['output'];
  /** The observation’s id. */
  id: Scalars['ID']['output'];
  /** Source or remark. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  submittedBy?: Maybe<User>;
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
  __typename?: 'Instruction';
  /** Every department it is addressed to: the report’s, or all assigned to the measure. */
  addressees: Array<Department>;
  /** The department addressed, for REPORT and PROBLEM; null for a measure (see `addressees`). */
  department?: Maybe<Department>;
  /** The instruction’s id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The leader who issued it. */
  issuedBy?: Maybe<User>;
  /** The day it was issued, in China (UTC+8): how the 调度会 page and the meeting brief date it. */
  issuedOn: Scalars['LocalDate']['output'];
  /** The measure (for a report, the report’s measure). */
  measure: Measure;
  /** 已阅: for a department’s clerk, when its department marked it read; for others, when the last addressee did (null while any has not). Each department’s mark is in `reads`. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who made the mark `readAt` gives. */
  readBy?: Maybe<User>;
  /** Every addressed department’s 已阅, first first. */
  reads: Array<InstructionRead>;
  /** The report, for REPORT and PROBLEM. */
  report?: Maybe<ProgressReport>;
  /** What it comments on. */
  subject: InstructionSubject;
  /** The instruction. */
  text: Scalars['String']['output'];
  /** What the viewer may do with the instruction now. */
  viewerCan: InstructionViewerCan;
};

/** 已阅: one addressed department’s mark that it has read an instruction. */
export type InstructionRead = {
  __typename?: 'InstructionRead';
  /** The department that read it. */
  department: Department;
  /** When the department marked it read. */
  readAt: Scalars['DateTimeISO']['output'];
  /** Its clerk who marked it. */
  readBy?: Maybe<User>;
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
  __typename?: 'InstructionViewerCan';
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
  __typename?: 'LoginResult';
  /** When the login ends. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>` over HTTP, or as `authorization` in connection_init. */
  token: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** 工作措施 / 工程 / 保障措施: a node in the plan’s tree of work. */
export type Measure = {
  __typename?: 'Measure';
  /** Departments’ parts in this measure, own or inherited. */
  assignments: Array<Assignment>;
  /** For a project: its measures in document order. */
  children: Array<Measure>;
  /** Stable code within the plan, e.g. P3.3 or S1. */
  code: Scalars['String']['output'];
  /** The document text of the measure. */
  description?: Maybe<Scalars['String']['output']>;
  /** The goal served, its own or its project’s. */
  goal?: Maybe<Goal>;
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
  latestReport?: Maybe<ProgressReport>;
  /** 责任部门: the lead departments. */
  leadDepartments: Array<Department>;
  /** The project this measure belongs to. */
  parent?: Maybe<Measure>;
  /** 参与部门: the participating departments. */
  participatingDepartments: Array<Department>;
  /** Progress by the roll-up rule (see `rule`). */
  progress: Progress;
  /** 报送情况 of its lead departments; null for a project (it reports through its measures). */
  reporting?: Maybe<ReportingStatus>;
  /** Its reports, newest first (withdrawn ones included, marked). */
  reports: Array<ProgressReport>;
  /** 原文: the paragraph or row it was imported from. */
  source?: Maybe<Scalars['String']['output']>;
  /** The heading as the document gives it. */
  title: Scalars['String']['output'];
  /** Urging notices on this measure, newest first. */
  urgeNotices: Array<UrgeNotice>;
  /** 研判: the one verdict a leader sees first (docs/SUPERVISION.md, “One supervision model”). */
  verdict: Verdict;
  /** 三色预警 today, with its reason (a project: the roll-up of its measures). */
  warning: Warning;
  /** 撤销: set when a revision withdrew the measure (from `on`, it owes no reports and leaves every count); null otherwise. */
  withdrawn?: Maybe<Withdrawal>;
};


/** 工作措施 / 工程 / 保障措施: a node in the plan’s tree of work. */
export type MeasureReportsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

/** 一项措施的终期评估: its completion by the progress roll-up. */
export type MeasureEvaluation = {
  __typename?: 'MeasureEvaluation';
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
  __typename?: 'MeetingInstructions';
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
  __typename?: 'Message';
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
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
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
  __typename?: 'MessageNotice';
  /** The newest message. */
  latest?: Maybe<Message>;
  /** The messages the viewer has just read in another tab or on another device (empty otherwise). */
  readIds: Array<Scalars['Int']['output']>;
  unreadCount: Scalars['Int']['output'];
};

/** A page of the viewer’s messages, newest first. */
export type MessagePage = {
  __typename?: 'MessagePage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Message>;
  /** Unread messages in all. */
  unreadCount: Scalars['Int']['output'];
};

/** What the viewer receives. */
export type MessagePreferences = {
  __typename?: 'MessagePreferences';
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
  __typename?: 'Mutation';
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
  __typename?: 'OpenItem';
  /** The department answerable for it, if any. */
  department?: Maybe<Department>;
  /** The indicator it concerns, if any. */
  indicator?: Maybe<Indicator>;
  /** What kind of item. */
  kind: OpenItemKind;
  /** The measure it concerns, if any. */
  measure?: Maybe<Measure>;
  /** Why it is open, in Chinese. */
  reason: Scalars['String']['output'];
  /** A one-line title, in Chinese. */
  title: Scalars['String']['output'];
  /** The open urging notice, for NOTICE_OPEN. */
  urgeNotice?: Maybe<UrgeNotice>;
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
  __typename?: 'OverduePeriod';
  /** Its deadline. */
  dueOn: Scalars['LocalDate']['output'];
  /** The period, e.g. 2025-11. */
  period: Scalars['String']['output'];
  /** Working days past the deadline, up to and including today. */
  workingDaysLate: Scalars['Int']['output'];
};

/** 工作方案: an implementation plan issued as an official document. */
export type Plan = {
  __typename?: 'Plan';
  /** 考核权重: the office’s, or the defaults 30 / 30 / 20 / 20. */
  assessmentWeights: AssessmentWeights;
  /** Stable code, e.g. boshan-ip-2022-2025. */
  code: Scalars['String']['output'];
  /** Departments that take part in the plan, in order of mention. */
  departments: Array<Department>;
  /** 发文字号, e.g. 博政发〔2022〕8号. */
  docNumber?: Maybe<Scalars['String']['output']>;
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
  importedFrom?: Maybe<Scalars['String']['output']>;
  /** Every indicator of the plan, in document order. */
  indicators: Array<Indicator>;
  /** 领导批示 on the plan, newest first (a department’s clerk sees only those addressed to it). */
  instructions: Array<Instruction>;
  /** 印发日期: the date the document was issued. */
  issuedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 发文机关: the issuing authority. */
  issuer: Scalars['String']['output'];
  /** 领导小组: the group that supervises the plan. */
  leadingGroup?: Maybe<Department>;
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
  predecessor?: Maybe<Plan>;
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
  summary?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'PlanChangeField';
  /** After the change, readable. */
  after?: Maybe<Scalars['String']['output']>;
  /** Before the change, readable (department names, not ids). */
  before?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'PlanChangeLine';
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
  __typename?: 'PlanDocument';
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
  __typename?: 'PlanEvaluation';
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
  __typename?: 'PlanEvent';
  /** Who did it; null for the system. */
  actor?: Maybe<User>;
  /** The assignments whose latest report, warning or reporting status it may have moved: those of the measure it touches and of the projects above it (also as listed for a group’s member units), or, for an event on a department alone, the department’s. A live view selects these rather than every assignment it shows. */
  assignments: Array<Assignment>;
  /** Its position in the log: resume after it with `after`. */
  cursor: Scalars['String']['output'];
  /** The department it touches. */
  department?: Maybe<Department>;
  /** For URGE_NOTICE_ESCALATED: why it escalated, in words (逾期未反馈，由「提醒」升级为「催办」…). */
  escalationReason?: Maybe<Scalars['String']['output']>;
  /** For EXTENSION_REQUESTED/APPROVED/REFUSED: the request as the event left it. */
  extensionRequest?: Maybe<ExtensionRequest>;
  /** The goal it touches. */
  goal?: Maybe<Goal>;
  /** The indicator it touches. */
  indicator?: Maybe<Indicator>;
  /** 领导批示, as this event left it (null for a clerk of a department it is not addressed to). */
  instruction?: Maybe<Instruction>;
  /** The measure it touches. */
  measure?: Maybe<Measure>;
  /** The value recorded. */
  observation?: Maybe<IndicatorObservation>;
  /** When it was written. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The plan. */
  plan?: Maybe<Plan>;
  /** The report, as this event left it. */
  report?: Maybe<ProgressReport>;
  /** The report as this event left it, as a value of the event: what a client with a normalised cache shows per event (`report` is the report node, which such a cache keeps once per id). */
  reportSnapshot?: Maybe<ReportSnapshot>;
  /** The review decision, for PROGRESS_REPORT_ACCEPTED and _RETURNED. The report itself is one node per id in a client cache (its latest state); the decision is its own node and keeps this event’s reason. */
  review?: Maybe<ReportReview>;
  /** What happened, e.g. PROGRESS_REPORTED or INDICATOR_VALUE_RECORDED. */
  type: EventType;
  /** For URGE_NOTICE_* and EXTENSION_APPROVED/REFUSED: the notice as the event left it. */
  urgeNotice?: Maybe<UrgeNotice>;
  /** For WARNING_CHANGED: the new level and the old. */
  warningChange?: Maybe<WarningChange>;
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
  __typename?: 'PlanEventPage';
  /** The cursor of the last event; pass as `after` for more. */
  endCursor?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'PlanOverview';
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** Its deadline. */
  currentDueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The plan’s current period; null before the start and after the end. */
  currentPeriod?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'PlanRevision';
  /** Its changes, in the order they were applied. */
  changes: Array<PlanChangeLine>;
  /** 调整文件号. */
  docNumber?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'PlanRevisionProposal';
  /** The differences in the order to apply them: goals, the tree parents first, withdrawals, indicators. */
  changes: Array<PlanRevisionProposalItem>;
  /** Every unit name of the document the register does not know (add it or record it as an alias). */
  unresolvedUnits: Array<Scalars['String']['output']>;
};

/** One difference of a revised document against the plan in force, for the office to accept or not. */
export type PlanRevisionProposalItem = {
  __typename?: 'PlanRevisionProposalItem';
  /** The change as JSON, exactly one RevisionChangeInput (e.g. {"updateMeasure":{"measureCode":"P1.2","title":"…"}}), to pass to publishRevision as it is. A JSON string rather than a union of ten input shapes. Null when held: it needs a unit the register does not know (unresolvedUnits), or an item held before it. */
  changeJson?: Maybe<Scalars['String']['output']>;
  /** What it changes, in one Chinese line. */
  description: Scalars['String']['output'];
  /** 原文: the document’s text for it (null for a measure withdrawn: the document no longer has it). */
  source?: Maybe<Scalars['String']['output']>;
  /** The unit names this change waits for: the register has none of them. */
  unresolvedUnits: Array<Scalars['String']['output']>;
};

/** Who published a revision. */
export type PlanRevisionPublisher = {
  __typename?: 'PlanRevisionPublisher';
  /** The account’s department, if any. */
  departmentName?: Maybe<Scalars['String']['output']>;
  /** The account’s display name. */
  displayName: Scalars['String']['output'];
};

/** What publishRevision did (or, on a dry run, would do). */
export type PlanRevisionResult = {
  __typename?: 'PlanRevisionResult';
  /** The changes, readable: what the preview shows. */
  changes: Array<PlanChangeLine>;
  /** The plan, as it stands after the revision (unchanged on a dry run). */
  plan: Plan;
  /** The revision published; null on a dry run. */
  revision?: Maybe<PlanRevision>;
};

/** The plan as it stood right after revision N (0: as published), rebuilt by undoing later revisions. */
export type PlanVersion = {
  __typename?: 'PlanVersion';
  /** The effective date of that revision (null for 0). */
  effectiveOn?: Maybe<Scalars['LocalDate']['output']>;
  goals: Array<PlanVersionGoal>;
  indicators: Array<PlanVersionIndicator>;
  measures: Array<PlanVersionMeasure>;
  /** The revision number (0: as published). */
  revision: Scalars['Int']['output'];
};

/** A goal as it stood in a version of the plan. */
export type PlanVersionGoal = {
  __typename?: 'PlanVersionGoal';
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** An indicator as it stood in a version of the plan. */
export type PlanVersionIndicator = {
  __typename?: 'PlanVersionIndicator';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  targetDate: Scalars['LocalDate']['output'];
  targetText: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

/** A node of the tree as it stood in a version of the plan. */
export type PlanVersionMeasure = {
  __typename?: 'PlanVersionMeasure';
  code: Scalars['String']['output'];
  /** The goal it serves (its own, not inherited). */
  goalCode?: Maybe<Scalars['String']['output']>;
  kind: MeasureKind;
  /** Its own lead unit’s name (null: inherits its parent’s). */
  leadName?: Maybe<Scalars['String']['output']>;
  /** The parent’s code; null at the top level. */
  parentCode?: Maybe<Scalars['String']['output']>;
  /** Its own participating units’ names. */
  participantNames: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** 已撤销 in this version. */
  withdrawn: Scalars['Boolean']['output'];
};

/** What the signed-in viewer may do on the plan, by the server’s policy (the screen asks, never guesses). */
export type PlanViewerCan = {
  __typename?: 'PlanViewerCan';
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
  __typename?: 'ProblemGroup';
  /** Its problems. */
  problems: Array<CoordinationProblem>;
  /** The department asked to help; null: none named. */
  to?: Maybe<Department>;
};

/** A rolled-up progress figure, with how it was computed. */
export type Progress = {
  __typename?: 'Progress';
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
  __typename?: 'ProgressReport';
  /** How a backfilled report is marked, e.g. 办公室补录，原报送日期 2024-03-04; null otherwise. */
  backfillNote?: Maybe<Scalars['String']['output']>;
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
  nextSteps?: Maybe<Scalars['String']['output']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['output'];
  /** The period reported on, e.g. 2025-06. */
  period: Scalars['String']['output'];
  /** 存在问题: problems needing another department’s help. */
  problems?: Maybe<Scalars['String']['output']>;
  /** 报送日期: the day the report was really made: the office’s original date for backfilled history (办公室补录), else the Beijing date of `submittedAt`. Timeliness (按时报送) is judged by it. */
  reportedOn: Scalars['LocalDate']['output'];
  /** The reviewer’s note on the current version: for RETURNED, why (退回修改原因). */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** 审核: the plan office’s review of the current version; an edit (resubmission) resets it to PENDING. */
  reviewState: ReportReviewState;
  /** When the current version was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who reviewed the current version. */
  reviewedBy?: Maybe<User>;
  /** Every review decision on the report, oldest first. */
  reviews: Array<ReportReview>;
  /** Where the work stands. */
  status: ProgressStatus;
  /** When it was first submitted. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who submitted it. */
  submittedBy?: Maybe<User>;
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
  __typename?: 'ProgressReportViewerCan';
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
  __typename?: 'Query';
  /** The audit trail of writes, newest first (LEADER and ADMIN). */
  auditTrail: AuditPage;
  /** Contacts of the viewer, or (admins) of another user or a department. */
  contacts: Array<Contact>;
  /** The delivery log (admins): sent, failed and pending, per channel. */
  deliveryLog: DeliveryLog;
  /** One department by its code; NOT_FOUND when there is none. */
  department?: Maybe<Department>;
  /** 考核: the departments of a plan scored and ranked for a period (any signed-in user; REPORTER: own row). */
  departmentAssessment: Assessment;
  /** The unit a document’s name means: its current name or an alias (区市场监管局), compared without spaces; null when no unit goes by it. A retired unit is returned too: `mergedInto` says where its duties went. */
  departmentByName?: Maybe<Department>;
  /** 部门管理: every unit, active and retired, and what the viewer may do to the register. */
  departmentRegister: DepartmentRegister;
  /** Every department in the register. */
  departments: Array<Department>;
  /** A plan’s events after a cursor, oldest first: the activity feed. */
  events: PlanEventPage;
  /** The signed-in user; null when nobody is signed in. */
  me?: Maybe<User>;
  /** What the viewer receives, and where. */
  myMessagePreferences: MessagePreferences;
  /** 消息: the viewer’s own messages, newest first. */
  myMessages: MessagePage;
  /** One plan by its code; NOT_FOUND when there is none or the viewer may not see it (as `plans`). */
  plan?: Maybe<Plan>;
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
  __typename?: 'ReminderSettings';
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
  __typename?: 'ReportReview';
  /** 通过 or 退回修改. */
  decision: ReviewDecision;
  /** The decision’s id. */
  id: Scalars['ID']['output'];
  /** The reason for a return, or the note on an acceptance. */
  note?: Maybe<Scalars['String']['output']>;
  /** The report version judged. */
  reportVersion: Scalars['Int']['output'];
  /** When it was decided. */
  reviewedAt: Scalars['DateTimeISO']['output'];
  /** Who decided. */
  reviewedBy?: Maybe<User>;
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
  __typename?: 'ReportSnapshot';
  /** For history the office backfilled: 办公室补录，原报送日期 2024-03-04; null otherwise. */
  backfillNote?: Maybe<Scalars['String']['output']>;
  /** Percent complete, 0–100. */
  percentComplete: Scalars['Int']['output'];
  /** The reporting period. */
  period: Scalars['String']['output'];
  /** Problems raised. */
  problems?: Maybe<Scalars['String']['output']>;
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
  __typename?: 'ReportingCycleSetting';
  /** The cadence. */
  cycle: ReportingCycle;
  /** The plan’s due working day. */
  dueWorkingDay: Scalars['Int']['output'];
  /** The measure or project; null for the plan’s default. */
  measureCode?: Maybe<Scalars['String']['output']>;
  /** The plan’s code. */
  planCode: Scalars['String']['output'];
};

/** The reports a department owed on the measures it leads, as 报送及时 counts them (考核 and 终期评估 show the same). */
export type ReportingRecord = {
  __typename?: 'ReportingRecord';
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
  __typename?: 'ReportingStatus';
  /** The current period’s deadline. */
  currentDueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The period today falls in while the plan runs; null before it starts and after it ends. */
  currentPeriod?: Maybe<Scalars['String']['output']>;
  /** Whether the current period has been reported on. */
  currentReported: Scalars['Boolean']['output'];
  /** The cadence that applies. */
  cycle: ReportingCycle;
  /** Reports are due on this working day of the month after the period. */
  dueWorkingDay: Scalars['Int']['output'];
  /** The periods a report is asked for now, most pressing first: the newest overdue period (a report for it answers the gaps before it), else the next one due; then 本期 (the period today falls in, the last after the plan ends, the first before it starts) and the one before it. */
  filingPeriods: Array<Scalars['String']['output']>;
  /** Its deadline. */
  nextDueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The first unreported period whose deadline is today or later. */
  nextDuePeriod?: Maybe<Scalars['String']['output']>;
  /** Working days left until that deadline (0 on the day). */
  nextDueWorkingDaysLeft?: Maybe<Scalars['Int']['output']>;
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
  __typename?: 'StatusCounts';
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
  __typename?: 'Subscription';
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
  __typename?: 'SuccessorCandidates';
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
  __typename?: 'SuccessorIndicatorCandidate';
  /** The new baseline’s year: the final value’s year. */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  /** The unit responsible in the successor (a merged unit’s successor); null when it was retired. */
  department?: Maybe<Department>;
  /** The date of the final value. */
  finalAsOf?: Maybe<Scalars['LocalDate']['output']>;
  /** 终值: the evaluation’s final value (the new baseline). */
  finalValue?: Maybe<Scalars['Float']['output']>;
  /** The indicator in the ended plan. */
  indicator: Indicator;
  /** The old target, kept as the new one until the office edits it. */
  target?: Maybe<Scalars['Float']['output']>;
  /** The evaluation’s verdict. */
  verdict: IndicatorVerdict;
};

/** A measure of the ended plan not finished (终期评估: not completed or never reported), to carry over. */
export type SuccessorMeasureCandidate = {
  __typename?: 'SuccessorMeasureCandidate';
  /** The leads the successor gets: merged units mapped to their successor, retired ones dropped. */
  carriedLeadDepartments: Array<Department>;
  /** The participating units the successor gets, mapped the same way. */
  carriedParticipants: Array<Department>;
  /** The period of its newest standing report, if any. */
  lastPeriod?: Maybe<Scalars['String']['output']>;
  /** The status of its newest standing report, if any. */
  lastStatus?: Maybe<ProgressStatus>;
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
  __typename?: 'TargetRevision';
  /** 第 N 次调整: the number of the revision that replaced it. */
  revisionNumber: Scalars['Int']['output'];
  /** The numeric target then in force; null for a qualitative one. */
  target?: Maybe<Scalars['Float']['output']>;
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
  __typename?: 'UrgeNotice';
  /** 签收: when the department signed for it. */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reply date agreed: as issued, or as an approved extension set it; escalation leaves it. */
  agreedDueOn: Scalars['LocalDate']['output'];
  /** 办结: when the office closed it. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The department pressed. */
  department: Department;
  /** Reply by this day (escalation moves it on). */
  dueOn: Scalars['LocalDate']['output'];
  /** When it last escalated. */
  escalatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many times it escalated because its reply date passed unanswered (逾期升级). */
  escalations: Scalars['Int']['output'];
  /** Its extension requests, oldest first. */
  extensionRequests: Array<ExtensionRequest>;
  /** The notice’s id. */
  id: Scalars['ID']['output'];
  /** 下发: when it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Who issued it. */
  issuedBy?: Maybe<User>;
  /** The level it was issued at (`level` rises as it escalates). */
  issuedLevel: UrgeLevel;
  /** 提醒, 催办 or 督办. */
  level: UrgeLevel;
  /** The measure. */
  measure: Measure;
  /** Past its reply date and not replied to (逾期). */
  overdue: Scalars['Boolean']['output'];
  /** The request awaiting the office, if any. */
  pendingExtension?: Maybe<ExtensionRequest>;
  /** 反馈: when the department last replied. */
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The department’s latest reply. */
  response?: Maybe<Scalars['String']['output']>;
  /** Why it was sent back. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** 退回: when the office last sent it back. */
  returnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
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
  __typename?: 'UrgeNoticeViewerCan';
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
  __typename?: 'User';
  /** True while the account may sign in. */
  active: Scalars['Boolean']['output'];
  /** The user’s department, if any. */
  department?: Maybe<Department>;
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
  __typename?: 'Verdict';
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
  __typename?: 'ViewerCan';
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
  __typename?: 'Warning';
  /** The day (Beijing time) it was computed for. */
  asOf: Scalars['LocalDate']['output'];
  /** What decided a measure’s level; null for a roll-up. */
  cause?: Maybe<VerdictCause>;
  /** For a roll-up: how many of its parts are at each level. */
  counts?: Maybe<WarningCounts>;
  /** For a roll-up: every measure (or indicator) needing attention, worst first, as `P2.2：reason`. */
  details: Array<Scalars['String']['output']>;
  /** The deadline the warning is about, if any. */
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
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
  __typename?: 'WarningChange';
  /** The day (Beijing time) the new level holds for. */
  asOf: Scalars['LocalDate']['output'];
  /** The new level. */
  level: WarningLevel;
  /** The level before. */
  previousLevel?: Maybe<WarningLevel>;
  /** The reason before. */
  previousReason?: Maybe<Scalars['String']['output']>;
  /** Why, as the rules said then. */
  reason: Scalars['String']['output'];
};

/** How many parts are at each level. */
export type WarningCounts = {
  __typename?: 'WarningCounts';
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
  __typename?: 'Withdrawal';
  /** The date from which it carries no duty (the revision’s effective date). */
  on: Scalars['String']['output'];
  /** Why it was withdrawn, as the revision says. */
  reason: Scalars['String']['output'];
};

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, code: string, title: string, lifecycle: PlanLifecycle }> };

export type AssessmentRow_DepartmentAssessmentFragment = { __typename?: 'DepartmentAssessment', rank?: number | null, rankText: string, tied: boolean, score?: number | null, summary: string, reason: string, department: { __typename?: 'Department', code: string, name: string }, parts: Array<{ __typename?: 'AssessmentPart', kind: AssessmentPartKind, name: string, weight: number, effectiveWeight: number, ratio?: number | null, points?: number | null, applicable: boolean, summary: string, reason: string }> } & { ' $fragmentName'?: 'AssessmentRow_DepartmentAssessmentFragment' };

export type AssessmentQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssessmentQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, startsOn: string, endsOn: string, viewerCan: { __typename?: 'PlanViewerCan', setAssessmentWeights: boolean } } | null, departmentAssessment: { __typename?: 'Assessment', period?: string | null, from: string, to: string, asOf: string, rule: string, viewerCan: { __typename?: 'AssessmentViewerCan', downloadCircular: boolean }, weights: { __typename?: 'AssessmentWeights', timeliness: number, completion: number, indicators: number, notices: number, version: number, isDefault: boolean }, rows: Array<(
      { __typename?: 'DepartmentAssessment' }
      & { ' $fragmentRefs'?: { 'AssessmentRow_DepartmentAssessmentFragment': AssessmentRow_DepartmentAssessmentFragment } }
    )> } };

export type SetAssessmentWeightsMutationVariables = Exact<{
  input: SetAssessmentWeightsInput;
}>;


export type SetAssessmentWeightsMutation = { __typename?: 'Mutation', setAssessmentWeights: { __typename?: 'AssessmentWeights', timeliness: number, completion: number, indicators: number, notices: number, version: number, isDefault: boolean } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', token: string, expiresAt: string, user: { __typename?: 'User', username: string, displayName: string, role: UserRole, department?: { __typename?: 'Department', code: string, name: string, groups: Array<{ __typename?: 'Department', code: string }> } | null } } };

export type ViewerCanQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCanQuery = { __typename?: 'Query', viewerCan: { __typename?: 'ViewerCan', createPlan: boolean, manageDepartments: boolean, manageContacts: boolean, readDeliveries: boolean } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', code: string } };

export type RenameDepartmentMutationVariables = Exact<{
  input: RenameDepartmentInput;
}>;


export type RenameDepartmentMutation = { __typename?: 'Mutation', renameDepartment: { __typename?: 'Department', code: string, name: string, version: number } };

export type SetDepartmentAliasesMutationVariables = Exact<{
  input: SetDepartmentAliasesInput;
}>;


export type SetDepartmentAliasesMutation = { __typename?: 'Mutation', setDepartmentAliases: { __typename?: 'Department', code: string, aliases: Array<string>, version: number } };

export type SetDepartmentMembersMutationVariables = Exact<{
  input: SetDepartmentMembersInput;
}>;


export type SetDepartmentMembersMutation = { __typename?: 'Mutation', setDepartmentMembers: { __typename?: 'Department', code: string, version: number } };

export type MergeDepartmentMutationVariables = Exact<{
  input: MergeDepartmentInput;
}>;


export type MergeDepartmentMutation = { __typename?: 'Mutation', mergeDepartment: { __typename?: 'Department', code: string, version: number } };

export type RetireDepartmentMutationVariables = Exact<{
  input: RetireDepartmentInput;
}>;


export type RetireDepartmentMutation = { __typename?: 'Mutation', retireDepartment: { __typename?: 'Department', code: string, version: number } };

export type DepartmentRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentRegisterQuery = { __typename?: 'Query', departmentRegister: { __typename?: 'DepartmentRegister', viewerCan: { __typename?: 'DepartmentRegisterViewerCan', create: boolean, manage: boolean }, departments: Array<{ __typename?: 'Department', code: string, name: string, kind: DepartmentKind, version: number, aliases: Array<string>, state: DepartmentState, retiredOn?: string | null, formerNames: Array<{ __typename?: 'DepartmentFormerName', name: string, renamedOn: string }>, mergedInto?: { __typename?: 'Department', code: string, name: string } | null, members: Array<{ __typename?: 'Department', code: string, name: string }>, viewerCan: { __typename?: 'DepartmentViewerCan', rename: boolean, merge: boolean, retire: boolean, setMembers: boolean, setAliases: boolean } }> } };

export type DepartmentPageQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  department: Scalars['String']['input'];
}>;


export type DepartmentPageQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, viewerCan: { __typename?: 'PlanViewerCan', backfillProgressReport: boolean } } | null, department?: { __typename?: 'Department', code: string, name: string, kind: DepartmentKind, members: Array<{ __typename?: 'Department', code: string, name: string }>, groups: Array<{ __typename?: 'Department', code: string, name: string }>, progress?: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } | null, assignments?: Array<{ __typename?: 'Assignment', key: string, role: AssignmentRole, inherited: boolean, measure: { __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind }, latestReport?: (
        { __typename?: 'ProgressReport' }
        & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
      ) | null }> | null, indicators?: Array<{ __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, target?: number | null, latest?: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } | null }> | null } | null };

export type DepartmentTable_DepartmentFragment = { __typename?: 'Department', code: string, name: string, kind: DepartmentKind, progress?: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } | null, verdict: { __typename?: 'Verdict', level: WarningLevel, label: string, basis: string, reason: string, details: Array<string> }, standing: { __typename?: 'DepartmentStanding', leads: number, participates: number, measures: number, owing: number, reportedThisPeriod: number, overdue: number, atRisk: number, delayed: number } } & { ' $fragmentName'?: 'DepartmentTable_DepartmentFragment' };

export type DeskQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  department: Scalars['String']['input'];
}>;


export type DeskQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, code: string, filingPeriod: string } | null, department?: { __typename?: 'Department', code: string, name: string, progress?: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } | null, assignments?: Array<{ __typename?: 'Assignment', key: string, role: AssignmentRole, owesReports: boolean, heldThrough?: { __typename?: 'Department', code: string, name: string } | null, measure: { __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind, withdrawn?: { __typename?: 'Withdrawal', on: string, reason: string } | null, parent?: { __typename?: 'Measure', id: string, code: string, title: string } | null, leadDepartments: Array<{ __typename?: 'Department', code: string, name: string }>, latestReport?: (
          { __typename?: 'ProgressReport' }
          & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
        ) | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, reports: Array<(
          { __typename?: 'ProgressReport' }
          & { ' $fragmentRefs'?: { 'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
        )> }, latestReport?: (
        { __typename?: 'ProgressReport' }
        & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
      ) | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string, dueOn?: string | null }, reporting?: { __typename?: 'ReportingStatus', filingPeriods: Array<string> } | null }> | null, endedDuties: Array<{ __typename?: 'EndedDuty', role: AssignmentRole, since?: string | null, until: string, measure: { __typename?: 'Measure', id: string, code: string, title: string, withdrawn?: { __typename?: 'Withdrawal', on: string, reason: string } | null } }>, indicators?: Array<{ __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, targetKind: TargetKind, target?: number | null, latest?: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } | null }> | null, urgeNotices: Array<(
      { __typename?: 'UrgeNotice', id: string, state: UrgeNoticeState }
      & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
    )>, instructions: Array<(
      { __typename?: 'Instruction', id: string, readAt?: string | null }
      & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
    )> } | null };

export type DepartmentRecordTable_DepartmentRecordFragment = { __typename?: 'DepartmentRecord', measuresLed: number, measuresCompleted: number, reportsFiled: number, periodsMissed: number, noticesReceived: number, noticesOpen: number, noticesOverdue: number, indicatorsOwned: number, indicatorsMet: number, reason: string, department: { __typename?: 'Department', code: string, name: string }, reporting: { __typename?: 'ReportingRecord', owed: number, reported: number, onTime: number, basis: string } } & { ' $fragmentName'?: 'DepartmentRecordTable_DepartmentRecordFragment' };

export type EvaluationQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type EvaluationQuery = { __typename?: 'Query', planEvaluation: { __typename?: 'PlanEvaluation', endsOn: string, evaluatedOn: string, final: boolean, rule: string, plan: { __typename?: 'Plan', id: string, title: string, docNumber?: string | null, startsOn: string }, summary: { __typename?: 'EvaluationSummary', indicatorsMet: number, indicatorsNotMet: number, indicatorsQualitative: number, indicatorsNoData: number, indicatorsTotal: number, measuresCompleted: number, measuresTotal: number, openItems: number, reason: string }, indicators: Array<(
      { __typename?: 'IndicatorEvaluation' }
      & { ' $fragmentRefs'?: { 'IndicatorEvaluationTable_IndicatorEvaluationFragment': IndicatorEvaluationTable_IndicatorEvaluationFragment } }
    )>, measures: Array<(
      { __typename?: 'MeasureEvaluation' }
      & { ' $fragmentRefs'?: { 'MeasureEvaluationTable_MeasureEvaluationFragment': MeasureEvaluationTable_MeasureEvaluationFragment } }
    )>, departments: Array<(
      { __typename?: 'DepartmentRecord' }
      & { ' $fragmentRefs'?: { 'DepartmentRecordTable_DepartmentRecordFragment': DepartmentRecordTable_DepartmentRecordFragment } }
    )>, openItems: Array<(
      { __typename?: 'OpenItem' }
      & { ' $fragmentRefs'?: { 'OpenItemList_OpenItemFragment': OpenItemList_OpenItemFragment } }
    )> } };

export type IndicatorEvaluationTable_IndicatorEvaluationFragment = { __typename?: 'IndicatorEvaluation', baseline?: number | null, target?: number | null, finalValue?: number | null, finalAsOf?: string | null, verdict: IndicatorVerdict, achievementPercent?: number | null, reason: string, indicator: { __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, targetText: string, baselineText: string, targetHistory: Array<{ __typename?: 'TargetRevision', target?: number | null, targetText: string, until: string, revisionNumber: number }> } } & { ' $fragmentName'?: 'IndicatorEvaluationTable_IndicatorEvaluationFragment' };

export type MeasureEvaluationTable_MeasureEvaluationFragment = { __typename?: 'MeasureEvaluation', percentComplete: number, verdict: MeasureVerdict, reason: string, measure: { __typename?: 'Measure', id: string, code: string, title: string }, leadDepartments: Array<{ __typename?: 'Department', code: string, name: string }> } & { ' $fragmentName'?: 'MeasureEvaluationTable_MeasureEvaluationFragment' };

export type OpenItemList_OpenItemFragment = { __typename?: 'OpenItem', kind: OpenItemKind, title: string, reason: string, measure?: { __typename?: 'Measure', id: string, code: string } | null, department?: { __typename?: 'Department', code: string, name: string } | null, indicator?: { __typename?: 'Indicator', id: string, code: string } | null, urgeNotice?: { __typename?: 'UrgeNotice', id: string } | null } & { ' $fragmentName'?: 'OpenItemList_OpenItemFragment' };

export type ActivityFeed_PlanEventPageFragment = { __typename?: 'PlanEventPage', events: Array<(
    { __typename?: 'PlanEvent', cursor: string }
    & { ' $fragmentRefs'?: { 'FeedItem_PlanEventFragment': FeedItem_PlanEventFragment } }
  )> } & { ' $fragmentName'?: 'ActivityFeed_PlanEventPageFragment' };

export type FeedItem_PlanEventFragment = { __typename?: 'PlanEvent', cursor: string, type: EventType, occurredAt: string, escalationReason?: string | null, actor?: { __typename?: 'User', username: string, displayName: string } | null, department?: { __typename?: 'Department', code: string, name: string } | null, measure?: { __typename?: 'Measure', id: string, code: string, title: string } | null, indicator?: { __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null } | null, report?: { __typename?: 'ProgressReport', id: string } | null, reportSnapshot?: { __typename?: 'ReportSnapshot', status: ProgressStatus, percentComplete: number, period: string, summary: string, problems?: string | null, version: number, backfillNote?: string | null } | null, review?: { __typename?: 'ReportReview', id: string, decision: ReviewDecision, note?: string | null } | null, instruction?: { __typename?: 'Instruction', id: string, subject: InstructionSubject, text: string } | null, observation?: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } | null, warningChange?: { __typename?: 'WarningChange', level: WarningLevel, previousLevel?: WarningLevel | null, reason: string } | null, extensionRequest?: { __typename?: 'ExtensionRequest', id: string, state: ExtensionRequestState, requestedDueOn: string, reason: string, decisionNote?: string | null } | null } & { ' $fragmentName'?: 'FeedItem_PlanEventFragment' };

export type FeedQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type FeedQuery = { __typename?: 'Query', recentEvents: (
    { __typename?: 'PlanEventPage', endCursor?: string | null, hasMore: boolean }
    & { ' $fragmentRefs'?: { 'ActivityFeed_PlanEventPageFragment': ActivityFeed_PlanEventPageFragment } }
  ) };

export type OlderEventsQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type OlderEventsQuery = { __typename?: 'Query', recentEvents: (
    { __typename?: 'PlanEventPage', endCursor?: string | null, hasMore: boolean }
    & { ' $fragmentRefs'?: { 'ActivityFeed_PlanEventPageFragment': ActivityFeed_PlanEventPageFragment } }
  ) };

export type PlanListLiveSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanListLiveSubscription = { __typename?: 'Subscription', planListEvents: { __typename?: 'PlanEvent', cursor: string, type: EventType, plan?: { __typename?: 'Plan', id: string, code: string, lifecycle: PlanLifecycle, viewerCan: { __typename?: 'PlanViewerCan', archive: boolean, edit: boolean, succeed: boolean } } | null } };

export type PlanLiveSubscriptionVariables = Exact<{
  plan: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanLiveSubscription = { __typename?: 'Subscription', planEvents: (
    { __typename?: 'PlanEvent', cursor: string, plan?: { __typename?: 'Plan', id: string, today: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, warningCounts: { __typename?: 'WarningCounts', red: number, yellow: number, blue: number, green: number, grey: number, total: number }, urgeNotices: Array<(
        { __typename?: 'UrgeNotice', id: string, state: UrgeNoticeState }
        & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
      )>, goals: Array<{ __typename?: 'Goal', id: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, warning: { __typename?: 'Warning', level: WarningLevel, reason: string } }> } | null, measure?: { __typename?: 'Measure', id: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, latestReport?: (
        { __typename?: 'ProgressReport' }
        & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
      ) | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, reports: Array<(
        { __typename?: 'ProgressReport' }
        & { ' $fragmentRefs'?: { 'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
      )>, instructions: Array<(
        { __typename?: 'Instruction', id: string }
        & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
      )>, parent?: { __typename?: 'Measure', id: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } } | null } | null, department?: { __typename?: 'Department', code: string, progress?: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, verdict: { __typename?: 'Verdict', level: WarningLevel, label: string, basis: string, reason: string, details: Array<string> }, standing: { __typename?: 'DepartmentStanding', leads: number, participates: number, measures: number, owing: number, reportedThisPeriod: number, overdue: number, atRisk: number, delayed: number }, urgeNotices: Array<(
        { __typename?: 'UrgeNotice', id: string, state: UrgeNoticeState }
        & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
      )>, instructions: Array<(
        { __typename?: 'Instruction', id: string, readAt?: string | null }
        & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
      )> } | null, assignments: Array<{ __typename?: 'Assignment', key: string, role: AssignmentRole, owesReports: boolean, measure: { __typename?: 'Measure', id: string, kind: MeasureKind }, department: { __typename?: 'Department', code: string }, heldThrough?: { __typename?: 'Department', code: string, name: string } | null, latestReport?: { __typename?: 'ProgressReport', id: string } | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string, dueOn?: string | null }, reporting?: { __typename?: 'ReportingStatus', filingPeriods: Array<string> } | null }>, instruction?: (
      { __typename?: 'Instruction', id: string, report?: { __typename?: 'ProgressReport', id: string, instructions: Array<(
          { __typename?: 'Instruction', id: string }
          & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
        )> } | null, addressees: Array<{ __typename?: 'Department', code: string, instructions: Array<(
          { __typename?: 'Instruction', id: string, readAt?: string | null }
          & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
        )> }> }
      & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
    ) | null, indicator?: { __typename?: 'Indicator', id: string, latest?: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } | null, observations: Array<{ __typename?: 'IndicatorObservation', id: string, value: number, asOf: string, note?: string | null }> } | null }
    & { ' $fragmentRefs'?: { 'FeedItem_PlanEventFragment': FeedItem_PlanEventFragment } }
  ) };

export type PlanNewestEventsQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type PlanNewestEventsQuery = { __typename?: 'Query', recentEvents: { __typename?: 'PlanEventPage', events: Array<{ __typename?: 'PlanEvent', cursor: string, type: EventType }> } };

export type GoalCard_GoalFragment = { __typename?: 'Goal', id: string, code: string, title: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, target?: number | null, targetKind: TargetKind, targetText: string, latest?: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } | null, targetHistory: Array<{ __typename?: 'TargetRevision', target?: number | null, targetText: string, until: string, revisionNumber: number }> }> } & { ' $fragmentName'?: 'GoalCard_GoalFragment' };

export type GoalPageQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type GoalPageQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, phase: PlanPhase, goals: Array<{ __typename?: 'Goal', id: string, code: string, title: string, description?: string | null, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, indicators: Array<(
        { __typename?: 'Indicator', id: string, code: string, name: string }
        & { ' $fragmentRefs'?: { 'IndicatorChart_IndicatorFragment': IndicatorChart_IndicatorFragment } }
      )>, measures: Array<{ __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind, withdrawn?: { __typename?: 'Withdrawal', on: string, reason: string } | null, progress: { __typename?: 'Progress', percent: number, rule: string }, latestReport?: { __typename?: 'ProgressReport', id: string, status: ProgressStatus } | null }> }> } | null };

export type IndicatorChart_IndicatorFragment = { __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, baseline?: number | null, baselineYear?: number | null, target?: number | null, targetDate: string, targetKind: TargetKind, targetText: string, direction: IndicatorDirection, observations: Array<{ __typename?: 'IndicatorObservation', id: string, value: number, asOf: string, note?: string | null }> } & { ' $fragmentName'?: 'IndicatorChart_IndicatorFragment' };

export type IndicatorPageQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type IndicatorPageQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, phase: PlanPhase, indicators: Array<(
      { __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, baseline?: number | null, baselineYear?: number | null, baselineText: string, target?: number | null, targetText: string, targetDate: string, direction: IndicatorDirection, targetHistory: Array<{ __typename?: 'TargetRevision', target?: number | null, targetText: string, until: string, revisionNumber: number }>, goal: { __typename?: 'Goal', id: string, code: string, title: string }, department: { __typename?: 'Department', code: string, name: string }, observations: Array<{ __typename?: 'IndicatorObservation', id: string, value: number, asOf: string, note?: string | null, submittedAt: string, submittedBy?: { __typename?: 'User', username: string, displayName: string } | null }> }
      & { ' $fragmentRefs'?: { 'IndicatorChart_IndicatorFragment': IndicatorChart_IndicatorFragment } }
    )> } | null };

export type RecordValueMutationVariables = Exact<{
  input: RecordIndicatorValueInput;
}>;


export type RecordValueMutation = { __typename?: 'Mutation', recordIndicatorValue: { __typename?: 'IndicatorObservation', id: string, value: number, asOf: string } };

export type IssueInstructionMutationVariables = Exact<{
  input: IssueInstructionInput;
}>;


export type IssueInstructionMutation = { __typename?: 'Mutation', issueInstruction: (
    { __typename?: 'Instruction', measure: { __typename?: 'Measure', id: string, instructions: Array<(
        { __typename?: 'Instruction' }
        & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
      )> }, report?: { __typename?: 'ProgressReport', id: string, instructions: Array<(
        { __typename?: 'Instruction', id: string }
        & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
      )> } | null }
    & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
  ) };

export type InstructionList_InstructionFragment = { __typename?: 'Instruction', id: string, subject: InstructionSubject, text: string, issuedAt: string, readAt?: string | null, issuedBy?: { __typename?: 'User', username: string, displayName: string } | null, readBy?: { __typename?: 'User', username: string, displayName: string } | null, reads: Array<{ __typename?: 'InstructionRead', readAt: string, department: { __typename?: 'Department', code: string, name: string } }>, measure: { __typename?: 'Measure', id: string, code: string, title: string }, report?: { __typename?: 'ProgressReport', id: string, period: string } | null, department?: { __typename?: 'Department', code: string, name: string } | null, addressees: Array<{ __typename?: 'Department', code: string, name: string }>, viewerCan: { __typename?: 'InstructionViewerCan', markRead: boolean } } & { ' $fragmentName'?: 'InstructionList_InstructionFragment' };

export type MarkInstructionReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkInstructionReadMutation = { __typename?: 'Mutation', markInstructionRead: (
    { __typename?: 'Instruction' }
    & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
  ) };

export type MeasurePageQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type MeasurePageQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, viewerCan: { __typename?: 'PlanViewerCan', issueInstruction: boolean }, measures: Array<{ __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind, description?: string | null, withdrawn?: { __typename?: 'Withdrawal', on: string, reason: string } | null, goal?: { __typename?: 'Goal', id: string, code: string, title: string } | null, parent?: { __typename?: 'Measure', id: string, code: string, title: string } | null, children: Array<{ __typename?: 'Measure', id: string, code: string, title: string, withdrawn?: { __typename?: 'Withdrawal', on: string, reason: string } | null }>, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, assignments: Array<{ __typename?: 'Assignment', key: string, role: AssignmentRole, inherited: boolean, department: { __typename?: 'Department', code: string, name: string }, latestReport?: (
          { __typename?: 'ProgressReport' }
          & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
        ) | null }>, reports: Array<(
        { __typename?: 'ProgressReport' }
        & { ' $fragmentRefs'?: { 'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
      )>, instructions: Array<(
        { __typename?: 'Instruction', id: string }
        & { ' $fragmentRefs'?: { 'InstructionList_InstructionFragment': InstructionList_InstructionFragment } }
      )> }> } | null };

export type MeetingInstructionsQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeetingInstructionsQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, meetingInstructions: { __typename?: 'MeetingInstructions', asOf: string, since: string, instructions: Array<{ __typename?: 'Instruction', id: string, issuedOn: string, text: string, issuedBy?: { __typename?: 'User', username: string, displayName: string } | null, measure: { __typename?: 'Measure', id: string, code: string, title: string }, addressees: Array<{ __typename?: 'Department', code: string, name: string }> }> } } | null };

export type MeetingQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type MeetingQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, title: string, goals: Array<{ __typename?: 'Goal', id: string, code: string, title: string }>, measures: Array<{ __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind, withdrawn?: { __typename?: 'Withdrawal', on: string } | null, parent?: { __typename?: 'Measure', id: string, code: string } | null, goal?: { __typename?: 'Goal', id: string, code: string } | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, assignments: Array<{ __typename?: 'Assignment', key: string, role: AssignmentRole, department: { __typename?: 'Department', code: string, name: string }, latestReport?: (
          { __typename?: 'ProgressReport' }
          & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
        ) | null }> }>, departments: Array<{ __typename?: 'Department', code: string, name: string, kind: DepartmentKind }>, urgeNotices: Array<{ __typename?: 'UrgeNotice', id: string, state: UrgeNoticeState, level: UrgeLevel, issuedLevel: UrgeLevel, escalations: number, overdue: boolean, dueOn: string, text: string, measure: { __typename?: 'Measure', id: string, code: string }, department: { __typename?: 'Department', code: string, name: string }, pendingExtension?: { __typename?: 'ExtensionRequest', id: string, requestedDueOn: string } | null }> } | null };

export type MeetingProblemGroupsQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  project?: InputMaybe<Scalars['String']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
}>;


export type MeetingProblemGroupsQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, problemGroups: Array<{ __typename?: 'ProblemGroup', to?: { __typename?: 'Department', code: string, name: string } | null, problems: Array<{ __typename?: 'CoordinationProblem', text: string, period: string, measure: { __typename?: 'Measure', id: string, code: string }, raisedBy: { __typename?: 'Department', code: string, name: string } }> }> } | null };

export type AddContactMutationVariables = Exact<{
  input: ContactInput;
}>;


export type AddContactMutation = { __typename?: 'Mutation', addContact: (
    { __typename?: 'Contact', id: number }
    & { ' $fragmentRefs'?: { 'MessageSettings_ContactFragment': MessageSettings_ContactFragment } }
  ) };

export type UpdateContactMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
  input: ContactInput;
}>;


export type UpdateContactMutation = { __typename?: 'Mutation', updateContact: (
    { __typename?: 'Contact', id: number }
    & { ' $fragmentRefs'?: { 'MessageSettings_ContactFragment': MessageSettings_ContactFragment } }
  ) };

export type AddOwnerContactMutationVariables = Exact<{
  owner?: InputMaybe<ContactOwnerInput>;
  input: ContactInput;
}>;


export type AddOwnerContactMutation = { __typename?: 'Mutation', addContact: { __typename?: 'Contact', id: number, channel: ChannelKind, address: string, format?: WebhookFormat | null, label: string, version: number, hasSecret: boolean } };

export type UpdateOwnerContactMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
  input: ContactInput;
}>;


export type UpdateOwnerContactMutation = { __typename?: 'Mutation', updateContact: { __typename?: 'Contact', id: number, channel: ChannelKind, address: string, format?: WebhookFormat | null, label: string, version: number, hasSecret: boolean } };

export type OwnerContactsQueryVariables = Exact<{
  owner?: InputMaybe<ContactOwnerInput>;
}>;


export type OwnerContactsQuery = { __typename?: 'Query', contacts: Array<{ __typename?: 'Contact', id: number, channel: ChannelKind, address: string, format?: WebhookFormat | null, label: string, version: number, hasSecret: boolean }> };

export type RemoveOwnerContactMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RemoveOwnerContactMutation = { __typename?: 'Mutation', removeContact: boolean };

export type DeliveryLogQueryVariables = Exact<{
  filter?: InputMaybe<DeliveryFilter>;
  first: Scalars['Int']['input'];
  before?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeliveryLogQuery = { __typename?: 'Query', deliveryLog: { __typename?: 'DeliveryLog', quietUntil?: string | null, hasMore: boolean, counts: Array<{ __typename?: 'DeliveryCount', channel: ChannelKind, state: DeliveryState, count: number }>, items: Array<{ __typename?: 'Delivery', id: number, channel: ChannelKind, address: string, state: DeliveryState, attempts: number, nextAttemptAt?: string | null, lastError?: string | null, sentAt?: string | null, createdAt: string, recipient: string, message: { __typename?: 'Message', id: number, title: string, link: string } }> } };

export type RetryDeliveryMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RetryDeliveryMutation = { __typename?: 'Mutation', retryDelivery: boolean };

export type MessageEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MessageEventsSubscription = { __typename?: 'Subscription', messageEvents: { __typename?: 'MessageNotice', unreadCount: number, readIds: Array<number>, latest?: { __typename?: 'Message', id: number, kind: MessageKind, title: string, body: string, link: string, createdAt: string, readAt?: string | null } | null } };

export type MessageCard_MessageFragment = { __typename?: 'Message', id: number, kind: MessageKind, title: string, body: string, link: string, createdAt: string, readAt?: string | null } & { ' $fragmentName'?: 'MessageCard_MessageFragment' };

export type MessagePanel_MessageFragment = { __typename?: 'Message', id: number, kind: MessageKind, title: string, link: string, createdAt: string, readAt?: string | null } & { ' $fragmentName'?: 'MessagePanel_MessageFragment' };

export type MessagePanelQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagePanelQuery = { __typename?: 'Query', myMessages: { __typename?: 'MessagePage', hasMore: boolean, items: Array<(
      { __typename?: 'Message', id: number }
      & { ' $fragmentRefs'?: { 'MessagePanel_MessageFragment': MessagePanel_MessageFragment } }
    )> } };

export type MessageSettings_ContactFragment = { __typename?: 'Contact', id: number, channel: ChannelKind, address: string, format?: WebhookFormat | null, label: string, version: number, hasSecret: boolean } & { ' $fragmentName'?: 'MessageSettings_ContactFragment' };

export type MessageSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageSettingsQuery = { __typename?: 'Query', myMessagePreferences: { __typename?: 'MessagePreferences', mutedKinds: Array<MessageKind>, requiredKinds: Array<MessageKind>, contacts: Array<(
      { __typename?: 'Contact', id: number }
      & { ' $fragmentRefs'?: { 'MessageSettings_ContactFragment': MessageSettings_ContactFragment } }
    )> } };

export type SetMutedKindsMutationVariables = Exact<{
  kinds: Array<MessageKind> | MessageKind;
}>;


export type SetMutedKindsMutation = { __typename?: 'Mutation', setMessagePreferences: { __typename?: 'MessagePreferences', mutedKinds: Array<MessageKind>, requiredKinds: Array<MessageKind> } };

export type RemoveContactMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RemoveContactMutation = { __typename?: 'Mutation', removeContact: boolean };

export type MessagesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  before?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MessagesQuery = { __typename?: 'Query', myMessages: { __typename?: 'MessagePage', hasMore: boolean, items: Array<(
      { __typename?: 'Message', id: number }
      & { ' $fragmentRefs'?: { 'MessageCard_MessageFragment': MessageCard_MessageFragment } }
    )> } };

export type ReminderSettingsCard_PlanFragment = { __typename?: 'Plan', code: string, reminderSettings: { __typename?: 'ReminderSettings', leadDays: number, weeklyDigest: boolean, viewerCanEdit: boolean } } & { ' $fragmentName'?: 'ReminderSettingsCard_PlanFragment' };

export type SaveReminderSettingsMutationVariables = Exact<{
  planCode: Scalars['String']['input'];
  input: ReminderSettingsInput;
}>;


export type SaveReminderSettingsMutation = { __typename?: 'Mutation', setReminderSettings: { __typename?: 'ReminderSettings', leadDays: number, weeklyDigest: boolean, viewerCanEdit: boolean } };

export type MessageReadAt_MessageFragment = { __typename?: 'Message', id: number, readAt?: string | null } & { ' $fragmentName'?: 'MessageReadAt_MessageFragment' };

export type MarkMessagesReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type MarkMessagesReadMutation = { __typename?: 'Mutation', markMessagesRead: number };

export type PlanDocumentPreviewQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PlanDocumentPreviewQuery = { __typename?: 'Query', planDocument: { __typename?: 'PlanDocument', id: number, fileName: string, format: string, suggestedCode: string, header: { __typename?: 'ImportedPlanHeader', title?: string | null, issuer?: string | null, docNumber?: string | null, issuedOn?: string | null, startsOn?: string | null, endsOn?: string | null }, counts: { __typename?: 'ImportedPlanCounts', goals: number, indicators: number, projects: number, measures: number, safeguards: number, flagged: number }, flags: Array<{ __typename?: 'ImportFlag', code: string, reason: string }>, units: Array<{ __typename?: 'ImportedUnit', name: string, status: ImportedUnitStatus, matchedBy?: string | null, mentions: number, proposedKind?: DepartmentKind | null, proposedCode?: string | null, department?: { __typename?: 'Department', code: string, name: string } | null, suggestions: Array<{ __typename?: 'ImportedUnitSuggestion', reason: string, department: { __typename?: 'Department', code: string, name: string } }> }>, leadingGroups: Array<{ __typename?: 'Department', code: string, name: string }> }, departments: Array<{ __typename?: 'Department', code: string, name: string, kind: DepartmentKind, retired: DepartmentState }> };

export type CreatePlanFromDocumentMutationVariables = Exact<{
  i: CreatePlanFromDocumentInput;
}>;


export type CreatePlanFromDocumentMutation = { __typename?: 'Mutation', createPlanFromDocument: { __typename?: 'Plan', id: string, code: string } };

export type NewPlanLeadingGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewPlanLeadingGroupsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', code: string, name: string, kind: DepartmentKind }> };

export type PlanEditorLinksQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type PlanEditorLinksQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, lifecycle: PlanLifecycle, viewerCan: { __typename?: 'PlanViewerCan', edit: boolean, revise: boolean, succeed: boolean, createPlan: boolean } } | null };

export type PlanHistoryQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type PlanHistoryQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, code: string, title: string, docNumber?: string | null, issuedOn?: string | null, lifecycle: PlanLifecycle, viewerCan: { __typename?: 'PlanViewerCan', revise: boolean }, revisions: Array<{ __typename?: 'PlanRevision', id: string, number: number, reason: string, docNumber?: string | null, effectiveOn: string, publishedAt: string, publishedBy: { __typename?: 'PlanRevisionPublisher', displayName: string, departmentName?: string | null }, changes: Array<{ __typename?: 'PlanChangeLine', kind: PlanChangeKind, itemCode: string, itemTitle: string, summary: string, fields: Array<{ __typename?: 'PlanChangeField', label: string, before?: string | null, after?: string | null }> }> }> } | null };

export type PlanVersionQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  revision: Scalars['Int']['input'];
}>;


export type PlanVersionQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, version: { __typename?: 'PlanVersion', revision: number, effectiveOn?: string | null, goals: Array<{ __typename?: 'PlanVersionGoal', code: string, title: string }>, measures: Array<{ __typename?: 'PlanVersionMeasure', code: string, title: string, kind: MeasureKind, parentCode?: string | null, goalCode?: string | null, withdrawn: boolean, leadName?: string | null, participantNames: Array<string> }>, indicators: Array<{ __typename?: 'PlanVersionIndicator', code: string, name: string, target?: number | null, targetText: string, unit?: string | null, targetDate: string }> } } | null };

export type PlanRevisionProposalQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  document: Scalars['Int']['input'];
}>;


export type PlanRevisionProposalQuery = { __typename?: 'Query', planRevisionProposal: { __typename?: 'PlanRevisionProposal', unresolvedUnits: Array<string>, changes: Array<{ __typename?: 'PlanRevisionProposalItem', description: string, source?: string | null, changeJson?: string | null, unresolvedUnits: Array<string> }> } };

export type SuccessorCandidatesQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type SuccessorCandidatesQuery = { __typename?: 'Query', successorCandidates: { __typename?: 'SuccessorCandidates', earliestStart: string, plan: { __typename?: 'Plan', id: string, code: string, title: string, endsOn: string, lifecycle: PlanLifecycle }, measures: Array<{ __typename?: 'SuccessorMeasureCandidate', verdict: MeasureVerdict, percentComplete: number, lastStatus?: ProgressStatus | null, lastPeriod?: string | null, measure: { __typename?: 'Measure', id: string, code: string, title: string }, carriedLeadDepartments: Array<{ __typename?: 'Department', code: string, name: string }>, carriedParticipants: Array<{ __typename?: 'Department', code: string, name: string }> }>, indicators: Array<{ __typename?: 'SuccessorIndicatorCandidate', verdict: IndicatorVerdict, finalValue?: number | null, finalAsOf?: string | null, baselineYear?: number | null, target?: number | null, indicator: { __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, targetText: string }, department?: { __typename?: 'Department', code: string, name: string } | null }> } };

export type StartSuccessorPlanMutationVariables = Exact<{
  i: StartSuccessorPlanInput;
}>;


export type StartSuccessorPlanMutation = { __typename?: 'Mutation', startSuccessorPlan: { __typename?: 'Plan', id: string, code: string } };

export type CreatePlanMutationVariables = Exact<{
  i: CreatePlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string, code: string } };

export type UpdateDraftPlanMutationVariables = Exact<{
  i: UpdateDraftPlanInput;
}>;


export type UpdateDraftPlanMutation = { __typename?: 'Mutation', updateDraftPlan: { __typename?: 'Plan', id: string, title: string } };

export type SetDraftCycleMutationVariables = Exact<{
  i: SetReportingCycleInput;
}>;


export type SetDraftCycleMutation = { __typename?: 'Mutation', setReportingCycle: { __typename?: 'ReportingCycleSetting', cycle: ReportingCycle, dueWorkingDay: number } };

export type SaveDraftGoalMutationVariables = Exact<{
  i: DraftGoalInput;
}>;


export type SaveDraftGoalMutation = { __typename?: 'Mutation', saveDraftGoal: { __typename?: 'Goal', id: string, code: string, title: string, description?: string | null } };

export type RemoveDraftGoalMutationVariables = Exact<{
  plan: Scalars['String']['input'];
  goal: Scalars['String']['input'];
}>;


export type RemoveDraftGoalMutation = { __typename?: 'Mutation', removeDraftGoal: boolean };

export type SaveDraftMeasureMutationVariables = Exact<{
  i: DraftMeasureInput;
}>;


export type SaveDraftMeasureMutation = { __typename?: 'Mutation', saveDraftMeasure: { __typename?: 'Measure', id: string, code: string, kind: MeasureKind, title: string, description?: string | null } };

export type MoveDraftMeasureMutationVariables = Exact<{
  i: MoveDraftMeasureInput;
}>;


export type MoveDraftMeasureMutation = { __typename?: 'Mutation', moveDraftMeasure: { __typename?: 'Measure', id: string, code: string } };

export type RemoveDraftMeasureMutationVariables = Exact<{
  plan: Scalars['String']['input'];
  measure: Scalars['String']['input'];
}>;


export type RemoveDraftMeasureMutation = { __typename?: 'Mutation', removeDraftMeasure: boolean };

export type SetDraftAssignmentsMutationVariables = Exact<{
  i: SetDraftAssignmentsInput;
}>;


export type SetDraftAssignmentsMutation = { __typename?: 'Mutation', setDraftAssignments: { __typename?: 'Measure', id: string, code: string } };

export type SaveDraftIndicatorMutationVariables = Exact<{
  i: DraftIndicatorInput;
}>;


export type SaveDraftIndicatorMutation = { __typename?: 'Mutation', saveDraftIndicator: { __typename?: 'Indicator', id: string, code: string } };

export type RemoveDraftIndicatorMutationVariables = Exact<{
  plan: Scalars['String']['input'];
  indicator: Scalars['String']['input'];
}>;


export type RemoveDraftIndicatorMutation = { __typename?: 'Mutation', removeDraftIndicator: boolean };

export type PublishPlanMutationVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type PublishPlanMutation = { __typename?: 'Mutation', publishPlan: { __typename?: 'Plan', id: string, code: string, lifecycle: PlanLifecycle } };

export type PublishRevisionMutationVariables = Exact<{
  i: PlanRevisionInput;
}>;


export type PublishRevisionMutation = { __typename?: 'Mutation', publishRevision: { __typename?: 'PlanRevisionResult', plan: { __typename?: 'Plan', id: string }, revision?: { __typename?: 'PlanRevision', id: string, number: number } | null, changes: Array<{ __typename?: 'PlanChangeLine', kind: PlanChangeKind, itemCode: string, itemTitle: string, summary: string, fields: Array<{ __typename?: 'PlanChangeField', label: string, before?: string | null, after?: string | null }> }> } };

export type ConfirmImportedItemMutationVariables = Exact<{
  plan: Scalars['String']['input'];
  kind: DraftItemKind;
  code: Scalars['String']['input'];
}>;


export type ConfirmImportedItemMutation = { __typename?: 'Mutation', confirmImportedItem: boolean };

export type PlanEditorQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type PlanEditorQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, code: string, title: string, issuer: string, docNumber?: string | null, issuedOn?: string | null, startsOn: string, endsOn: string, summary?: string | null, lifecycle: PlanLifecycle, reportingCycle: ReportingCycle, dueWorkingDay: number, importedFrom?: string | null, today: string, leadingGroup?: { __typename?: 'Department', code: string, name: string } | null, predecessor?: { __typename?: 'Plan', id: string, code: string, title: string } | null, importFlags: Array<{ __typename?: 'ImportFlag', code: string, reason: string }>, viewerCan: { __typename?: 'PlanViewerCan', edit: boolean, revise: boolean }, goals: Array<{ __typename?: 'Goal', id: string, code: string, title: string, description?: string | null, source?: string | null, importFlags: Array<{ __typename?: 'ImportFlag', code: string, reason: string }> }>, measures: Array<{ __typename?: 'Measure', id: string, code: string, kind: MeasureKind, title: string, description?: string | null, source?: string | null, parent?: { __typename?: 'Measure', id: string, code: string } | null, goal?: { __typename?: 'Goal', id: string, code: string } | null, assignments: Array<{ __typename?: 'Assignment', role: AssignmentRole, inherited: boolean, department: { __typename?: 'Department', code: string, name: string } }>, importFlags: Array<{ __typename?: 'ImportFlag', code: string, reason: string }> }>, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string, unit?: string | null, baseline?: number | null, baselineYear?: number | null, target?: number | null, targetDate: string, direction: IndicatorDirection, targetKind: TargetKind, targetText: string, source?: string | null, goal: { __typename?: 'Goal', id: string, code: string }, measure?: { __typename?: 'Measure', id: string, code: string } | null, department: { __typename?: 'Department', code: string, name: string }, importFlags: Array<{ __typename?: 'ImportFlag', code: string, reason: string }> }> } | null, departments: Array<{ __typename?: 'Department', code: string, name: string, kind: DepartmentKind }> };

export type ArchivePlanMutationVariables = Exact<{
  planCode: Scalars['String']['input'];
}>;


export type ArchivePlanMutation = { __typename?: 'Mutation', archivePlan: { __typename?: 'Plan', id: string, lifecycle: PlanLifecycle, viewerCan: { __typename?: 'PlanViewerCan', archive: boolean, edit: boolean, issueUrgeNotice: boolean, issueInstruction: boolean, setAssessmentWeights: boolean, setReportingCycle: boolean, backfillProgressReport: boolean, reviewProgressReports: boolean, superviseNotices: boolean } } };

export type BigScreenQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type BigScreenQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, today: string, phase: PlanPhase, title: string, docNumber?: string | null, startsOn: string, endsOn: string, expectedProgress: number, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, overview: { __typename?: 'PlanOverview', verdictCounts: { __typename?: 'WarningCounts', red: number, yellow: number, blue: number, green: number, grey: number, total: number }, statusCounts: { __typename?: 'StatusCounts', notStarted: number, onTrack: number, atRisk: number, delayed: number, completed: number, unreported: number, total: number } }, goals: Array<{ __typename?: 'Goal', id: string, code: string, title: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string }, warning: { __typename?: 'Warning', level: WarningLevel, reason: string } }>, measures: Array<(
      { __typename?: 'Measure', id: string, kind: MeasureKind, latestReport?: { __typename?: 'ProgressReport', id: string, status: ProgressStatus } | null }
      & { ' $fragmentRefs'?: { 'ProjectProgress_MeasureFragment': ProjectProgress_MeasureFragment } }
    )>, indicators: Array<(
      { __typename?: 'Indicator', id: string, targetKind: TargetKind }
      & { ' $fragmentRefs'?: { 'IndicatorChart_IndicatorFragment': IndicatorChart_IndicatorFragment } }
    )> } | null, recentEvents: (
    { __typename?: 'PlanEventPage' }
    & { ' $fragmentRefs'?: { 'ActivityFeed_PlanEventPageFragment': ActivityFeed_PlanEventPageFragment } }
  ) };

export type CockpitQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type CockpitQuery = { __typename?: 'Query', plan?: (
    { __typename?: 'Plan', id: string, phase: PlanPhase, today: string, code: string, expectedProgress: number, verdict: { __typename?: 'Verdict', level: WarningLevel, label: string, basis: string, reason: string, details: Array<string> }, overview: { __typename?: 'PlanOverview', scope: string, phase: PlanPhase, phaseLabel: string, currentPeriod?: string | null, periodLabel: string, overdue: number, verdictCounts: { __typename?: 'WarningCounts', red: number, yellow: number, blue: number, green: number, grey: number, total: number }, statusCounts: { __typename?: 'StatusCounts', notStarted: number, onTrack: number, atRisk: number, delayed: number, completed: number, unreported: number, total: number } }, goals: Array<(
      { __typename?: 'Goal', id: string }
      & { ' $fragmentRefs'?: { 'GoalCard_GoalFragment': GoalCard_GoalFragment } }
    )>, measures: Array<(
      { __typename?: 'Measure', id: string, kind: MeasureKind }
      & { ' $fragmentRefs'?: { 'ProjectProgress_MeasureFragment': ProjectProgress_MeasureFragment } }
    )>, indicators: Array<(
      { __typename?: 'Indicator', id: string, code: string, targetKind: TargetKind, name: string }
      & { ' $fragmentRefs'?: { 'IndicatorChart_IndicatorFragment': IndicatorChart_IndicatorFragment } }
    )>, departments: Array<(
      { __typename?: 'Department', code: string }
      & { ' $fragmentRefs'?: { 'DepartmentTable_DepartmentFragment': DepartmentTable_DepartmentFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'PlanHeader_PlanFragment': PlanHeader_PlanFragment;'RevisionNote_PlanFragment': RevisionNote_PlanFragment } }
  ) | null, recentEvents: (
    { __typename?: 'PlanEventPage' }
    & { ' $fragmentRefs'?: { 'ActivityFeed_PlanEventPageFragment': ActivityFeed_PlanEventPageFragment } }
  ) };

export type PlanHeader_PlanFragment = { __typename?: 'Plan', id: string, title: string, docNumber?: string | null, issuer: string, startsOn: string, endsOn: string, phase: PlanPhase, expectedProgress: number, reportingClosesOn: string, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } } & { ' $fragmentName'?: 'PlanHeader_PlanFragment' };

export type LiveStartQueryVariables = Exact<{
  plan: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type LiveStartQuery = { __typename?: 'Query', recentEvents: { __typename?: 'PlanEventPage', events: Array<{ __typename?: 'PlanEvent', cursor: string }> } };

export type PlanListQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanListQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, code: string, title: string, docNumber?: string | null, issuer: string, startsOn: string, endsOn: string, lifecycle: PlanLifecycle, progress: { __typename?: 'Progress', percent: number, reported: number, total: number }, overview: { __typename?: 'PlanOverview', overdue: number, scope: string, verdictCounts: { __typename?: 'WarningCounts', red: number, yellow: number, blue: number, green: number, grey: number, total: number } }, viewerCan: { __typename?: 'PlanViewerCan', archive: boolean, edit: boolean, succeed: boolean }, predecessor?: { __typename?: 'Plan', id: string, code: string, title: string } | null }> };

export type PlanSwitcherQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanSwitcherQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, code: string, title: string, lifecycle: PlanLifecycle }> };

export type ProjectProgress_MeasureFragment = { __typename?: 'Measure', id: string, code: string, title: string, kind: MeasureKind, progress: { __typename?: 'Progress', percent: number, reported: number, total: number, rule: string } } & { ' $fragmentName'?: 'ProjectProgress_MeasureFragment' };

export type RevisionNote_PlanFragment = { __typename?: 'Plan', code: string, revisions: Array<{ __typename?: 'PlanRevision', id: string, number: number, reason: string, docNumber?: string | null, effectiveOn: string, changes: Array<{ __typename?: 'PlanChangeLine', kind: PlanChangeKind, itemCode: string, summary: string }> }> } & { ' $fragmentName'?: 'RevisionNote_PlanFragment' };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type AcceptReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptReportMutation = { __typename?: 'Mutation', acceptProgressReport: (
    { __typename?: 'ProgressReport' }
    & { ' $fragmentRefs'?: { 'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
  ) };

export type ReturnReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnReportMutation = { __typename?: 'Mutation', returnProgressReportForRevision: (
    { __typename?: 'ProgressReport' }
    & { ' $fragmentRefs'?: { 'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
  ) };

export type LatestReport_ProgressReportFragment = { __typename?: 'ProgressReport', id: string, period: string, status: ProgressStatus, percentComplete: number, submittedAt: string, summary: string, problems?: string | null, nextSteps?: string | null, evidence: Array<{ __typename?: 'Evidence', title: string, url: string, kind: EvidenceKind }>, department: { __typename?: 'Department', code: string, name: string } } & { ' $fragmentName'?: 'LatestReport_ProgressReportFragment' };

export type ReportTimeline_ProgressReportFragment = { __typename?: 'ProgressReport', id: string, period: string, status: ProgressStatus, percentComplete: number, summary: string, problems?: string | null, nextSteps?: string | null, submittedAt: string, backfillNote?: string | null, version: number, withdrawn: boolean, reviewState: ReportReviewState, reviewedAt?: string | null, reviewNote?: string | null, evidence: Array<{ __typename?: 'Evidence', title: string, url: string, kind: EvidenceKind }>, submittedBy?: { __typename?: 'User', username: string, displayName: string } | null, department: { __typename?: 'Department', code: string, name: string }, reviews: Array<{ __typename?: 'ReportReview', id: string, reportVersion: number, decision: ReviewDecision, note?: string | null, reviewedAt: string, reviewedBy?: { __typename?: 'User', username: string, displayName: string } | null }>, instructions: Array<{ __typename?: 'Instruction', id: string, subject: InstructionSubject, text: string, issuedAt: string, readAt?: string | null, issuedBy?: { __typename?: 'User', username: string, displayName: string } | null }>, viewerCan: { __typename?: 'ProgressReportViewerCan', edit: boolean, accept: boolean, returnForRevision: boolean, instruct: boolean } } & { ' $fragmentName'?: 'ReportTimeline_ProgressReportFragment' };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitProgressReportInput;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitProgressReport: (
    { __typename?: 'ProgressReport', measure: { __typename?: 'Measure', id: string } }
    & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment } }
  ) };

export type EditReportMutationVariables = Exact<{
  input: EditProgressReportInput;
}>;


export type EditReportMutation = { __typename?: 'Mutation', editProgressReport: (
    { __typename?: 'ProgressReport', measure: { __typename?: 'Measure', id: string } }
    & { ' $fragmentRefs'?: { 'LatestReport_ProgressReportFragment': LatestReport_ProgressReportFragment;'ReportTimeline_ProgressReportFragment': ReportTimeline_ProgressReportFragment } }
  ) };

export type NoticeList_UrgeNoticeFragment = { __typename?: 'UrgeNotice', id: string, level: UrgeLevel, state: UrgeNoticeState, text: string, dueOn: string, overdue: boolean, issuedAt: string, acknowledgedAt?: string | null, respondedAt?: string | null, response?: string | null, returnReason?: string | null, closedAt?: string | null, issuedLevel: UrgeLevel, escalations: number, escalatedAt?: string | null, issuedBy?: { __typename?: 'User', username: string, displayName: string } | null, pendingExtension?: { __typename?: 'ExtensionRequest', id: string, requestedDueOn: string, reason: string, requestedAt: string } | null, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, state: ExtensionRequestState, requestedDueOn: string, decisionNote?: string | null, decidedAt?: string | null }>, measure: { __typename?: 'Measure', id: string, code: string, title: string }, department: { __typename?: 'Department', code: string, name: string }, viewerCan: { __typename?: 'UrgeNoticeViewerCan', acknowledge: boolean, respond: boolean, requestExtension: boolean, decideExtension: boolean, close: boolean, returnForRevision: boolean } } & { ' $fragmentName'?: 'NoticeList_UrgeNoticeFragment' };

export type SupervisionQueryVariables = Exact<{
  plan: Scalars['String']['input'];
}>;


export type SupervisionQuery = { __typename?: 'Query', plan?: (
    { __typename?: 'Plan', id: string, viewerCan: { __typename?: 'PlanViewerCan', issueUrgeNotice: boolean }, urgeNotices: Array<(
      { __typename?: 'UrgeNotice', id: string, state: UrgeNoticeState }
      & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
    )>, measures: Array<{ __typename?: 'Measure', id: string, code: string, title: string, withdrawn?: { __typename?: 'Withdrawal', on: string } | null, warning: { __typename?: 'Warning', level: WarningLevel, reason: string }, leadDepartments: Array<{ __typename?: 'Department', code: string, name: string }>, participatingDepartments: Array<{ __typename?: 'Department', code: string, name: string }> }> }
    & { ' $fragmentRefs'?: { 'ReminderSettingsCard_PlanFragment': ReminderSettingsCard_PlanFragment } }
  ) | null };

export type IssueNoticeMutationVariables = Exact<{
  input: IssueUrgeNoticeInput;
}>;


export type IssueNoticeMutation = { __typename?: 'Mutation', issueUrgeNotice: (
    { __typename?: 'UrgeNotice', id: string }
    & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
  ) };

export type AcknowledgeNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeNoticeMutation = { __typename?: 'Mutation', acknowledgeUrgeNotice: (
    { __typename?: 'UrgeNotice' }
    & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
  ) };

export type RespondNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  response: Scalars['String']['input'];
}>;


export type RespondNoticeMutation = { __typename?: 'Mutation', respondToUrgeNotice: (
    { __typename?: 'UrgeNotice' }
    & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
  ) };

export type CloseNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseNoticeMutation = { __typename?: 'Mutation', closeUrgeNotice: (
    { __typename?: 'UrgeNotice' }
    & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
  ) };

export type RequestExtensionMutationVariables = Exact<{
  input: RequestExtensionInput;
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', requestExtension: { __typename?: 'ExtensionRequest', id: string, state: ExtensionRequestState, urgeNotice: (
      { __typename?: 'UrgeNotice' }
      & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
    ) } };

export type ApproveExtensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveExtensionMutation = { __typename?: 'Mutation', approveExtension: { __typename?: 'ExtensionRequest', id: string, state: ExtensionRequestState, urgeNotice: (
      { __typename?: 'UrgeNotice' }
      & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
    ) } };

export type RefuseExtensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RefuseExtensionMutation = { __typename?: 'Mutation', refuseExtension: { __typename?: 'ExtensionRequest', id: string, state: ExtensionRequestState, urgeNotice: (
      { __typename?: 'UrgeNotice' }
      & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
    ) } };

export type ReturnNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnNoticeMutation = { __typename?: 'Mutation', returnUrgeNoticeForRevision: (
    { __typename?: 'UrgeNotice' }
    & { ' $fragmentRefs'?: { 'NoticeList_UrgeNoticeFragment': NoticeList_UrgeNoticeFragment } }
  ) };

export const AssessmentRow_DepartmentAssessmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow_DepartmentAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankText"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AssessmentRow_DepartmentAssessmentFragment, unknown>;
export const DepartmentTable_DepartmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentTable_Department"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"participates"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"owing"}},{"kind":"Field","name":{"kind":"Name","value":"reportedThisPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}}]}}]}}]} as unknown as DocumentNode<DepartmentTable_DepartmentFragment, unknown>;
export const DepartmentRecordTable_DepartmentRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentRecordTable_DepartmentRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresLed"}},{"kind":"Field","name":{"kind":"Name","value":"measuresCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"reportsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"periodsMissed"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noticesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"noticesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"noticesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsMet"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<DepartmentRecordTable_DepartmentRecordFragment, unknown>;
export const IndicatorEvaluationTable_IndicatorEvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorEvaluationTable_IndicatorEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineText"}},{"kind":"Field","name":{"kind":"Name","value":"targetHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"finalValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"achievementPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<IndicatorEvaluationTable_IndicatorEvaluationFragment, unknown>;
export const MeasureEvaluationTable_MeasureEvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureEvaluationTable_MeasureEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<MeasureEvaluationTable_MeasureEvaluationFragment, unknown>;
export const OpenItemList_OpenItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenItemList_OpenItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<OpenItemList_OpenItemFragment, unknown>;
export const FeedItem_PlanEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<FeedItem_PlanEventFragment, unknown>;
export const ActivityFeed_PlanEventPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<ActivityFeed_PlanEventPageFragment, unknown>;
export const GoalCard_GoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_Goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}}]}}]}}]} as unknown as DocumentNode<GoalCard_GoalFragment, unknown>;
export const IndicatorChart_IndicatorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorChart_Indicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<IndicatorChart_IndicatorFragment, unknown>;
export const InstructionList_InstructionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<InstructionList_InstructionFragment, unknown>;
export const MessageCard_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageCard_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MessageCard_MessageFragment, unknown>;
export const MessagePanel_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagePanel_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MessagePanel_MessageFragment, unknown>;
export const MessageSettings_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageSettings_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]} as unknown as DocumentNode<MessageSettings_ContactFragment, unknown>;
export const ReminderSettingsCard_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderSettingsCard_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyDigest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsCard_PlanFragment, unknown>;
export const MessageReadAt_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageReadAt_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MessageReadAt_MessageFragment, unknown>;
export const PlanHeader_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanHeader_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"reportingClosesOn"}}]}}]} as unknown as DocumentNode<PlanHeader_PlanFragment, unknown>;
export const ProjectProgress_MeasureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgress_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<ProjectProgress_MeasureFragment, unknown>;
export const RevisionNote_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionNote_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<RevisionNote_PlanFragment, unknown>;
export const LatestReport_ProgressReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LatestReport_ProgressReportFragment, unknown>;
export const ReportTimeline_ProgressReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}}]} as unknown as DocumentNode<ReportTimeline_ProgressReportFragment, unknown>;
export const NoticeList_UrgeNoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<NoticeList_UrgeNoticeFragment, unknown>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const AssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssessmentWeights"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadCircular"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentRow_DepartmentAssessment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentRow_DepartmentAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankText"}},{"kind":"Field","name":{"kind":"Name","value":"tied"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AssessmentQuery, AssessmentQueryVariables>;
export const SetAssessmentWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAssessmentWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAssessmentWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssessmentWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<SetAssessmentWeightsMutation, SetAssessmentWeightsMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"}},{"kind":"Field","name":{"kind":"Name","value":"manageDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"manageContacts"}},{"kind":"Field","name":{"kind":"Name","value":"readDeliveries"}}]}}]}}]} as unknown as DocumentNode<ViewerCanQuery, ViewerCanQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const RenameDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RenameDepartmentMutation, RenameDepartmentMutationVariables>;
export const SetDepartmentAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDepartmentAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentAliasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetDepartmentAliasesMutation, SetDepartmentAliasesMutationVariables>;
export const SetDepartmentMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDepartmentMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetDepartmentMembersMutation, SetDepartmentMembersMutationVariables>;
export const MergeDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MergeDepartmentMutation, MergeDepartmentMutationVariables>;
export const RetireDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RetireDepartmentMutation, RetireDepartmentMutationVariables>;
export const DepartmentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"renamedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rename"}},{"kind":"Field","name":{"kind":"Name","value":"merge"}},{"kind":"Field","name":{"kind":"Name","value":"retire"}},{"kind":"Field","name":{"kind":"Name","value":"setMembers"}},{"kind":"Field","name":{"kind":"Name","value":"setAliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentRegisterQuery, DepartmentRegisterQueryVariables>;
export const DepartmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backfillProgressReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"inherited"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DepartmentPageQuery, DepartmentPageQueryVariables>;
export const DeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Desk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"filingPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"inherited"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"owesReports"}},{"kind":"Field","name":{"kind":"Name","value":"heldThrough"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingPeriods"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<DeskQuery, DeskQueryVariables>;
export const EvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorsMet"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsQualitative"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsNoData"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"measuresCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTotal"}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorEvaluationTable_IndicatorEvaluation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureEvaluationTable_MeasureEvaluation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentRecordTable_DepartmentRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenItemList_OpenItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorEvaluationTable_IndicatorEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"baselineText"}},{"kind":"Field","name":{"kind":"Name","value":"targetHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"finalValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"achievementPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureEvaluationTable_MeasureEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentRecordTable_DepartmentRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresLed"}},{"kind":"Field","name":{"kind":"Name","value":"measuresCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"reportsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"periodsMissed"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noticesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"noticesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"noticesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsMet"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenItemList_OpenItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const FeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const OlderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OlderEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}}]}}]}}]} as unknown as DocumentNode<OlderEventsQuery, OlderEventsQueryVariables>;
export const PlanListLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanListLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planListEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"succeed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanListLiveSubscription, PlanListLiveSubscriptionVariables>;
export const PlanLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"blue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"grey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"participates"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"owing"}},{"kind":"Field","name":{"kind":"Name","value":"reportedThisPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"owesReports"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldThrough"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingPeriods"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<PlanLiveSubscription, PlanLiveSubscriptionVariables>;
export const PlanNewestEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanNewestEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PlanNewestEventsQuery, PlanNewestEventsQueryVariables>;
export const GoalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorChart_Indicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorChart_Indicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<GoalPageQuery, GoalPageQueryVariables>;
export const IndicatorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"baselineText"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorChart_Indicator"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorChart_Indicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<IndicatorPageQuery, IndicatorPageQueryVariables>;
export const RecordValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIndicatorValueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIndicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<RecordValueMutation, RecordValueMutationVariables>;
export const IssueInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<IssueInstructionMutation, IssueInstructionMutationVariables>;
export const MarkInstructionReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInstructionRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInstructionRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<MarkInstructionReadMutation, MarkInstructionReadMutationVariables>;
export const MeasurePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasurePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInstruction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionList_Instruction"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionList_Instruction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"}}]}}]}}]} as unknown as DocumentNode<MeasurePageQuery, MeasurePageQueryVariables>;
export const MeetingInstructionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingInstructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingInstructionsQuery, MeetingInstructionsQueryVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const MeetingProblemGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingProblemGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"project"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"project"},"value":{"kind":"Variable","name":{"kind":"Name","value":"project"}}},{"kind":"Argument","name":{"kind":"Name","value":"goal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goal"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingProblemGroupsQuery, MeetingProblemGroupsQueryVariables>;
export const AddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageSettings_Contact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageSettings_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]} as unknown as DocumentNode<AddContactMutation, AddContactMutationVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageSettings_Contact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageSettings_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const AddOwnerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOwnerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOwnerInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]}}]} as unknown as DocumentNode<AddOwnerContactMutation, AddOwnerContactMutationVariables>;
export const UpdateOwnerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOwnerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]}}]} as unknown as DocumentNode<UpdateOwnerContactMutation, UpdateOwnerContactMutationVariables>;
export const OwnerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOwnerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]}}]} as unknown as DocumentNode<OwnerContactsQuery, OwnerContactsQueryVariables>;
export const RemoveOwnerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOwnerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveOwnerContactMutation, RemoveOwnerContactMutationVariables>;
export const DeliveryLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryLogQuery, DeliveryLogQueryVariables>;
export const RetryDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const MessageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readIds"}}]}}]}}]} as unknown as DocumentNode<MessageEventsSubscription, MessageEventsSubscriptionVariables>;
export const MessagePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagePanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagePanel_Message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagePanel_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MessagePanelQuery, MessagePanelQueryVariables>;
export const MessageSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMessagePreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageSettings_Contact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageSettings_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}}]}}]} as unknown as DocumentNode<MessageSettingsQuery, MessageSettingsQueryVariables>;
export const SetMutedKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMutedKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageKind"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessagePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mutedKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"}}]}}]}}]} as unknown as DocumentNode<SetMutedKindsMutation, SetMutedKindsMutationVariables>;
export const RemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveContactMutation, RemoveContactMutationVariables>;
export const MessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageCard_Message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageCard_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const SaveReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyDigest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<SaveReminderSettingsMutation, SaveReminderSettingsMutationVariables>;
export const MarkMessagesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMessagesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMessagesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkMessagesReadMutation, MarkMessagesReadMutationVariables>;
export const PlanDocumentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDocumentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedCode"}},{"kind":"Field","name":{"kind":"Name","value":"header"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"safeguards"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedKind"}},{"kind":"Field","name":{"kind":"Name","value":"proposedCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"retired"},"name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PlanDocumentPreviewQuery, PlanDocumentPreviewQueryVariables>;
export const CreatePlanFromDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanFromDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanFromDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanFromDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePlanFromDocumentMutation, CreatePlanFromDocumentMutationVariables>;
export const NewPlanLeadingGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewPlanLeadingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<NewPlanLeadingGroupsQuery, NewPlanLeadingGroupsQueryVariables>;
export const PlanEditorLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditorLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}},{"kind":"Field","name":{"kind":"Name","value":"succeed"}},{"kind":"Field","name":{"kind":"Name","value":"createPlan"}}]}}]}}]}}]} as unknown as DocumentNode<PlanEditorLinksQuery, PlanEditorLinksQueryVariables>;
export const PlanHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemTitle"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanHistoryQuery, PlanHistoryQueryVariables>;
export const PlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"goalCode"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"participantNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanVersionQuery, PlanVersionQueryVariables>;
export const PlanRevisionProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRevisionProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRevisionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"changeJson"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedUnits"}}]}}]}}]} as unknown as DocumentNode<PlanRevisionProposalQuery, PlanRevisionProposalQueryVariables>;
export const SuccessorCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessorCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successorCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"carriedLeadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"finalValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuccessorCandidatesQuery, SuccessorCandidatesQueryVariables>;
export const StartSuccessorPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSuccessorPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartSuccessorPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSuccessorPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<StartSuccessorPlanMutation, StartSuccessorPlanMutationVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdateDraftPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDraftPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftPlanMutation, UpdateDraftPlanMutationVariables>;
export const SetDraftCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDraftCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReportingCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDay"}}]}}]}}]} as unknown as DocumentNode<SetDraftCycleMutation, SetDraftCycleMutationVariables>;
export const SaveDraftGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDraftGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDraftGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<SaveDraftGoalMutation, SaveDraftGoalMutationVariables>;
export const RemoveDraftGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDraftGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDraftGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"goalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goal"}}}]}]}}]} as unknown as DocumentNode<RemoveDraftGoalMutation, RemoveDraftGoalMutationVariables>;
export const SaveDraftMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDraftMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDraftMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<SaveDraftMeasureMutation, SaveDraftMeasureMutationVariables>;
export const MoveDraftMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDraftMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDraftMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDraftMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MoveDraftMeasureMutation, MoveDraftMeasureMutationVariables>;
export const RemoveDraftMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDraftMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDraftMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"measureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}}]}]}}]} as unknown as DocumentNode<RemoveDraftMeasureMutation, RemoveDraftMeasureMutationVariables>;
export const SetDraftAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDraftAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDraftAssignmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDraftAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SetDraftAssignmentsMutation, SetDraftAssignmentsMutationVariables>;
export const SaveDraftIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDraftIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDraftIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SaveDraftIndicatorMutation, SaveDraftIndicatorMutationVariables>;
export const RemoveDraftIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDraftIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDraftIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}}]}]}}]} as unknown as DocumentNode<RemoveDraftIndicatorMutation, RemoveDraftIndicatorMutationVariables>;
export const PublishPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]} as unknown as DocumentNode<PublishPlanMutation, PublishPlanMutationVariables>;
export const PublishRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemTitle"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishRevisionMutation, PublishRevisionMutationVariables>;
export const ConfirmImportedItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmImportedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftItemKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmImportedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmImportedItemMutation, ConfirmImportedItemMutationVariables>;
export const PlanEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"importFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"importFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"importFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"importFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PlanEditorQuery, PlanEditorQueryVariables>;
export const ArchivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"issueUrgeNotice"}},{"kind":"Field","name":{"kind":"Name","value":"issueInstruction"}},{"kind":"Field","name":{"kind":"Name","value":"setAssessmentWeights"}},{"kind":"Field","name":{"kind":"Name","value":"setReportingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"backfillProgressReport"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProgressReports"}},{"kind":"Field","name":{"kind":"Name","value":"superviseNotices"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivePlanMutation, ArchivePlanMutationVariables>;
export const BigScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BigScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"blue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"grey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"unreported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectProgress_Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorChart_Indicator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgress_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorChart_Indicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}}]}}]}}]} as unknown as DocumentNode<BigScreenQuery, BigScreenQueryVariables>;
export const CockpitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cockpit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanHeader_Plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevisionNote_Plan"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"blue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"grey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"unreported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_Goal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectProgress_Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorChart_Indicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentTable_Department"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedItem_PlanEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"previousLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanHeader_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"reportingClosesOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionNote_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_Goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgress_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorChart_Indicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentTable_Department"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"participates"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"owing"}},{"kind":"Field","name":{"kind":"Name","value":"reportedThisPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_PlanEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedItem_PlanEvent"}}]}}]}}]} as unknown as DocumentNode<CockpitQuery, CockpitQueryVariables>;
export const LiveStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<LiveStartQuery, LiveStartQueryVariables>;
export const PlanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"verdictCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"blue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"grey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"succeed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PlanListQuery, PlanListQueryVariables>;
export const PlanSwitcherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSwitcher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]} as unknown as DocumentNode<PlanSwitcherQuery, PlanSwitcherQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AcceptReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}}]} as unknown as DocumentNode<AcceptReportMutation, AcceptReportMutationVariables>;
export const ReturnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProgressReportForRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}}]} as unknown as DocumentNode<ReturnReportMutation, ReturnReportMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const EditReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatestReport_ProgressReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatestReport_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTimeline_ProgressReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backfillNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}},{"kind":"Field","name":{"kind":"Name","value":"instruct"}}]}}]}}]} as unknown as DocumentNode<EditReportMutation, EditReportMutationVariables>;
export const SupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueUrgeNotice"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderSettingsCard_Plan"}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MEASURE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderSettingsCard_Plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyDigest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<SupervisionQuery, SupervisionQueryVariables>;
export const IssueNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueUrgeNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueUrgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<IssueNoticeMutation, IssueNoticeMutationVariables>;
export const AcknowledgeNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeUrgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeNoticeMutation, AcknowledgeNoticeMutationVariables>;
export const RespondNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToUrgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<RespondNoticeMutation, RespondNoticeMutationVariables>;
export const CloseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeUrgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<CloseNoticeMutation, CloseNoticeMutationVariables>;
export const RequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const ApproveExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<ApproveExtensionMutation, ApproveExtensionMutationVariables>;
export const RefuseExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<RefuseExtensionMutation, RefuseExtensionMutationVariables>;
export const ReturnNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnUrgeNoticeForRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeList_UrgeNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeList_UrgeNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrgeNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"respond"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}},{"kind":"Field","name":{"kind":"Name","value":"decideExtension"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"returnForRevision"}}]}}]}}]} as unknown as DocumentNode<ReturnNoticeMutation, ReturnNoticeMutationVariables>;