import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { type Change, staleVersion } from '../../db/versioned-update';
import { today } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { type Viewer } from '../../shared/viewer';
import { getAssignmentsOfMeasure } from '../assignment';
import { actsFor, getDepartmentByCode } from '../department';
import { EventType, recordChange } from '../event';
import { getIndicatorByCode, type IndicatorRow, TargetKind } from '../indicator';
import { getMeasureByCode, getMeasureIndex, refuseWithdrawn } from '../measure';
import { getPlanById, getWritablePlan, planTakes, requireWritablePlan } from '../plan';
import { authorize, can } from '../policy';
import { ReportReviewState, ReviewDecision } from './progress.enum';
import type {
  BackfillProgressReportInput,
  EditProgressReportInput,
  RecordIndicatorValueInput,
  SubmitProgressReportInput,
} from './progress.input';
import { progressLoaders } from './progress.loader';
import {
  findObservationByKey,
  findObservationOn,
  findReportByKey,
  findReportPlace,
  findStandingReport,
  insertObservation,
  insertReport,
  insertReview,
  listStandingReportsOfDepartment,
  lockReport as lockReportRow,
  updateReport,
} from './progress.repository';
import {
  backfillNote,
  checkAsOf,
  checkEvidence,
  checkIdempotencyKey,
  checkPeriod,
  checkProgress,
  checkReportedOn,
  checkText,
  reviewTransition,
} from './progress.rules';
import {
  type IndicatorObservationRow,
  type ProgressReportReviewRow,
  type ProgressReportRow,
  type progressReports,
} from './progress.table';

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** What the audit trail and subscribers see of a report. */
function snapshot(report: ProgressReportRow) {
  const { idempotencyKey: _key, requestHash: _hash, ...rest } = report;
  return rest;
}

/** The same key and payload return the original; the same key with another payload is a CONFLICT. */
function replay<T extends { requestHash: string | null }>(existing: T, requestHash: string): T {
  if (existing.requestHash !== requestHash) {
    throw new DomainError('CONFLICT', {
      field: 'input.idempotencyKey',
      reason: '该幂等键已用于内容不同的另一次提交',
      detail: 'IDEMPOTENCY_KEY_REUSED',
    });
  }
  return existing;
}

/**
 * Inserts at most once per idempotency key, inside the caller's transaction: a key already used answers with its
 * row (`replay`). The unique key decides a race between identical requests: the loser inserts nothing (on
 * PostgreSQL it waits for the winner to commit) and answers with the winner's row, so every one gets the same answer.
 */
async function insertOnce<Row extends { requestHash: string | null }>(
  idempotencyKey: string | null,
  requestHash: string,
  findByKey: (key: string) => Promise<Row | null>,
  insert: () => Promise<Change<Row> | null>,
): Promise<{ replayed: Row } | { inserted: Change<Row> }> {
  const existing = idempotencyKey ? await findByKey(idempotencyKey) : null;
  if (existing) return { replayed: replay(existing, requestHash) };
  const inserted = await insert();
  if (inserted) return { inserted };
  const winner = idempotencyKey ? await findByKey(idempotencyKey) : null;
  if (!winner) throw new Error('only the idempotency key can conflict');
  return { replayed: replay(winner, requestHash) };
}

/**
 * 进度填报: a department reports on a measure it leads or takes part in (directly, or as a member unit of an
 * assigned group such as 各镇、街道), for a period inside the plan's reporting window. Writes the report and its
 * event in one transaction.
 */
export async function submitProgressReport(
  scope: RequestScope,
  input: SubmitProgressReportInput,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.submit');
  return fileReport(scope, viewer, input, null);
}

/**
 * 办公室补录: the plan office (LEADER, ADMIN) enters a report from its ledger for any assigned department, with the
 * day it was really made (原报送日期), which timeliness is judged by. Otherwise as submitProgressReport (the same
 * checks, idempotent by key); the event and the audit trail carry the date and say 办公室补录.
 */
export async function backfillProgressReport(
  scope: RequestScope,
  input: BackfillProgressReportInput,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.backfill');
  return fileReport(scope, viewer, input, input.reportedOn);
}

async function fileReport(
  scope: RequestScope,
  viewer: Viewer,
  input: SubmitProgressReportInput,
  reportedOn: string | null,
): Promise<ProgressReportRow> {
  const prepared = await prepareReport(scope, input, reportedOn);
  return scope.db.transaction((tx) => writeReport(tx, viewer, prepared));
}

/** A report checked as the API checks it, ready to be written (writeReport). */
export interface PreparedReport {
  values: Omit<
    typeof progressReports.$inferInsert,
    'submittedBy' | 'submittedAt' | 'idempotencyKey' | 'requestHash'
  > & {
    planId: number;
    measureId: number;
    departmentId: number;
    period: string;
  };
  idempotencyKey: string | null;
  requestHash: string;
  goalId: number | null;
  submittedAt: Date;
}

/**
 * Every check of 进度填报 (or, with `reportedOn`, 办公室补录) without writing: the plan takes work, the measure is
 * live, the department is assigned and (for a clerk) the viewer's own, the period, the date and the texts. The
 * workbook import checks each row with it, so a row passes exactly when the mutation would.
 */
export async function prepareReport(
  scope: RequestScope,
  input: SubmitProgressReportInput,
  reportedOn: string | null,
): Promise<PreparedReport> {
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode');
  const measure = await getMeasureByCode(scope, plan.id, input.measureCode, 'input.measureCode');
  refuseWithdrawn(measure, today(scope.clock));
  const index = await getMeasureIndex(scope, plan.id);
  // Progress is reported on the measures that carry the work: a project (工程) stands for its measures, and its
  // roll-up is theirs. A report on it would count nowhere.
  if (!index.isLeaf(measure)) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.measureCode',
      reason: `${measure.code} 是包含具体措施的工程，进度请在其下属措施上分别填报`,
      detail: 'MEASURE_NOT_LEAF',
    });
  }
  const department = await getDepartmentByCode(scope, input.departmentCode, 'input.departmentCode');
  // 办公室补录 is the office's, for any department; a clerk files as its own department only.
  if (reportedOn === null)
    await authorize(scope, 'progress.submit', { departmentId: department.id, name: department.name });

  const assigned = new Set((await getAssignmentsOfMeasure(scope, measure)).map((a) => a.departmentId));
  if (!(await actsFor(scope, department.id, assigned))) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.departmentCode',
      reason: `「${department.name}」不是措施 ${measure.code} 的责任部门或参与部门`,
      detail: 'DEPARTMENT_NOT_ASSIGNED',
    });
  }
  checkPeriod(input.period, plan, today(scope.clock));
  if (reportedOn !== null) checkReportedOn(reportedOn, input.period, plan, today(scope.clock));
  checkProgress(input.status, input.percentComplete);
  const summary = checkText(input.summary, 'input.summary', true) ?? '';
  const problems = checkText(input.problems, 'input.problems', false);
  const nextSteps = checkText(input.nextSteps, 'input.nextSteps', false);
  const evidence = checkEvidence(input.evidence);
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const values = {
    planId: plan.id,
    measureId: measure.id,
    departmentId: department.id,
    period: input.period,
    status: input.status,
    percentComplete: input.percentComplete,
    summary,
    problems,
    nextSteps,
    evidence,
    ...(reportedOn === null ? {} : { reportedOn }),
  };
  const goalId = index.goalIdOf(measure);
  return { values, idempotencyKey, requestHash: hashOf(values), goalId, submittedAt: scope.clock.now() };
}

/** Writes a prepared report and its PROGRESS_REPORTED event inside the caller's transaction (at most once per key). */
export async function writeReport(tx: Db, viewer: Viewer, prepared: PreparedReport): Promise<ProgressReportRow> {
  const { values, idempotencyKey, requestHash, goalId, submittedAt } = prepared;
  const row = { ...values, submittedBy: viewer.userId, submittedAt, idempotencyKey, requestHash };
  const once = await insertOnce(
    idempotencyKey,
    requestHash,
    (key) => findReportByKey(tx, viewer.userId, key),
    () => insertReport(tx, row),
  );
  if ('replayed' in once) return once.replayed;
  return recordChange(tx, once.inserted, ({ after }) => {
    const note = backfillNote(after);
    return {
      type: EventType.PROGRESS_REPORTED,
      planId: values.planId,
      measureId: values.measureId,
      goalId,
      departmentId: values.departmentId,
      actorUserId: viewer.userId,
      payload: { reportId: after.id, before: null, after: snapshot(after), ...(note ? { note } : {}) },
    };
  });
}

/** The argument names a caller gives id and version under (`input.id` for edits, `id` for reviews). */
const INPUT_FIELDS = { id: 'input.id', version: 'input.version' } as const;

/** A write that lost a race to another on the same locked version (cannot happen while the row is locked). */
const staleReport = (fields: { version: string }) => () => staleVersion(fields.version, '报告已被修改，请刷新后重试');

async function lockReport(
  db: Db,
  id: string,
  version: number,
  fields: { id: string; version: string } = INPUT_FIELDS,
): Promise<ProgressReportRow> {
  const reportId = Number(id);
  const report = Number.isSafeInteger(reportId) ? await lockReportRow(db, reportId) : null;
  if (!report)
    throw new DomainError('NOT_FOUND', {
      field: fields.id,
      reason: `未找到编号为 ${id} 的进度报告`,
      detail: 'REPORT_NOT_FOUND',
    });
  if (report.withdrawnAt) {
    throw new DomainError('CONFLICT', { field: fields.id, reason: '该报告已撤回', detail: 'REPORT_WITHDRAWN' });
  }
  if (report.version !== version) {
    throw new DomainError('CONFLICT', {
      field: fields.version,
      reason: `报告已被修改（当前版本 ${report.version}，提交所基于的版本 ${version}），请刷新后重试`,
      detail: 'STALE_VERSION',
    });
  }
  return report;
}

/**
 * Corrects a report against the version it was read at: a stale version is a CONFLICT, and nothing is written.
 * An edit is also the resubmission (重新提交) of a returned report: whatever its review said, the office has not
 * judged the new text, so it goes back to PENDING (the decisions stay in the review history).
 */
export async function editProgressReport(
  scope: RequestScope,
  input: EditProgressReportInput,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.edit');
  checkProgress(input.status, input.percentComplete);
  const changes = {
    status: input.status,
    percentComplete: input.percentComplete,
    summary: checkText(input.summary, 'input.summary', true) ?? '',
    problems: checkText(input.problems, 'input.problems', false),
    nextSteps: checkText(input.nextSteps, 'input.nextSteps', false),
    evidence: checkEvidence(input.evidence),
    reviewState: ReportReviewState.PENDING,
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
  };
  return changeReport(scope, viewer, input.id, input.version, changes, EventType.PROGRESS_REPORT_EDITED);
}

/** Withdraws a report against the version it was read at. */
export async function withdrawProgressReport(
  scope: RequestScope,
  id: string,
  version: number,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.withdraw');
  return changeReport(
    scope,
    viewer,
    id,
    version,
    { withdrawnAt: scope.clock.now() },
    EventType.PROGRESS_REPORT_WITHDRAWN,
  );
}

/**
 * The goal a report's measure serves, or null for an unknown report (lockReport then says NOT_FOUND). A report of a
 * plan that takes no more work (archived) is refused here, before anything is written.
 */
async function goalIdOfReport(scope: RequestScope, id: string, field: string): Promise<number | null> {
  const reportId = Number(id);
  if (!Number.isSafeInteger(reportId)) return null;
  const row = await findReportPlace(scope.db, reportId);
  if (!row) return null;
  await requireWritablePlan(scope, row.planId, field);
  const index = await getMeasureIndex(scope, row.planId);
  const measure = index.byId.get(row.measureId);
  return measure ? index.goalIdOf(measure) : null;
}

/** Locks the report at `version`, applies `changes`, moves the version on and records the event, in one go. */
async function changeReport(
  scope: RequestScope,
  viewer: Viewer,
  id: string,
  version: number,
  changes: Partial<typeof progressReports.$inferInsert>,
  type: EventType.PROGRESS_REPORT_EDITED | EventType.PROGRESS_REPORT_WITHDRAWN,
): Promise<ProgressReportRow> {
  // The goal comes from the catalog, read before the transaction: inside a PGlite transaction only `tx` may query.
  const goalId = await goalIdOfReport(scope, id, INPUT_FIELDS.id);
  return scope.db.transaction(async (tx) => {
    const before = await lockReport(tx, id, version);
    await authorize(scope, type === EventType.PROGRESS_REPORT_EDITED ? 'progress.edit' : 'progress.withdraw', {
      departmentId: before.departmentId,
    });
    return recordChange(tx, updateReport(tx, before, changes, staleReport(INPUT_FIELDS)), (change) => ({
      type,
      planId: change.after.planId,
      measureId: change.after.measureId,
      goalId,
      departmentId: change.after.departmentId,
      actorUserId: viewer.userId,
      payload: { reportId: change.after.id, before: snapshot(change.before), after: snapshot(change.after) },
    }));
  });
}

/**
 * 审核: the plan office (LEADER or ADMIN: the leading group's office acts through the LEADER role) accepts or
 * returns the current version of a report. Writes the report's review state (and moves its version on, so the
 * department's next edit is based on the judged text), a history row and the event, in one transaction.
 */
async function reviewReport(
  scope: RequestScope,
  viewer: Viewer,
  id: string,
  version: number,
  decision: ReviewDecision,
  note: string | null,
): Promise<ProgressReportRow> {
  const fields = { id: 'id', version: 'version' };
  const goalId = await goalIdOfReport(scope, id, fields.id);
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const before = await lockReport(tx, id, version, fields);
    const reviewState = reviewTransition(before.reviewState, decision);
    const review = await insertReview(tx, {
      reportId: before.id,
      reportVersion: before.version,
      decision,
      note,
      reviewedBy: viewer.userId,
      reviewedAt: now,
    });
    const changes = { reviewState, reviewedBy: viewer.userId, reviewedAt: now, reviewNote: note };
    return recordChange(tx, updateReport(tx, before, changes, staleReport(fields)), (change) => ({
      type:
        decision === ReviewDecision.ACCEPTED ? EventType.PROGRESS_REPORT_ACCEPTED : EventType.PROGRESS_REPORT_RETURNED,
      planId: change.after.planId,
      measureId: change.after.measureId,
      goalId,
      departmentId: change.after.departmentId,
      actorUserId: viewer.userId,
      payload: {
        reportId: change.after.id,
        reviewId: review.id,
        before: snapshot(change.before),
        after: snapshot(change.after),
      },
    }));
  });
}

/** 审核通过: the office accepts the current version of a report, with an optional note. */
export function acceptProgressReport(
  scope: RequestScope,
  id: string,
  version: number,
  note: string | null | undefined,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.accept');
  return reviewReport(scope, viewer, id, version, ReviewDecision.ACCEPTED, checkText(note, 'note', false));
}

/** 退回修改: the office returns the current version of a report to its department, saying why. */
export function returnProgressReportForRevision(
  scope: RequestScope,
  id: string,
  version: number,
  reason: string,
): Promise<ProgressReportRow> {
  const viewer = authorize(scope, 'progress.return');
  return reviewReport(scope, viewer, id, version, ReviewDecision.RETURNED, checkText(reason, 'reason', true));
}

/** A report by id (withdrawn ones too), or NOT_FOUND on `field`. */
export async function getReportById(scope: RequestScope, id: string, field: string): Promise<ProgressReportRow> {
  const reportId = Number(id);
  const report = Number.isSafeInteger(reportId) ? await scope.get(progressLoaders).byId.load(reportId) : null;
  if (!report) {
    throw new DomainError('NOT_FOUND', { field, reason: `未找到编号为 ${id} 的进度报告`, detail: 'REPORT_NOT_FOUND' });
  }
  return report;
}

/** A report's review decisions, oldest first, batched per request. */
export function getReviewsOfReport(scope: RequestScope, reportId: number): Promise<ProgressReportReviewRow[]> {
  return scope.get(progressLoaders).reviewsOf.load(reportId);
}

/** Records an indicator's value: by the department that reports it, for a numeric indicator, in the window. */
export async function recordIndicatorValue(
  scope: RequestScope,
  input: RecordIndicatorValueInput,
): Promise<IndicatorObservationRow> {
  const viewer = authorize(scope, 'indicator.record');
  const prepared = await prepareIndicatorValue(scope, input);
  return scope.db.transaction((tx) => writeIndicatorValue(tx, viewer, prepared));
}

/** An indicator value checked as the API checks it, ready to be written (writeIndicatorValue). */
export interface PreparedIndicatorValue {
  values: { planId: number; indicatorId: number; value: number; asOf: string; note: string | null };
  idempotencyKey: string | null;
  requestHash: string;
  indicator: IndicatorRow;
  submittedAt: Date;
}

/** Every check of recordIndicatorValue without writing; the workbook import checks each value with it. */
export async function prepareIndicatorValue(
  scope: RequestScope,
  input: RecordIndicatorValueInput,
): Promise<PreparedIndicatorValue> {
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode');
  const indicator = await getIndicatorByCode(scope, plan.id, input.indicatorCode, 'input.indicatorCode');
  await authorize(scope, 'indicator.record', { departmentId: indicator.departmentId, name: indicator.name });
  if (indicator.targetKind !== TargetKind.NUMERIC) {
    throw new DomainError('BAD_USER_INPUT', {
      field: 'input.value',
      reason: `指标「${indicator.name}」是定性目标，不能填报数值`,
      detail: 'QUALITATIVE_INDICATOR',
    });
  }
  if (!Number.isFinite(input.value) || Math.abs(input.value) > 1e12) {
    throw new DomainError('BAD_USER_INPUT', { field: 'input.value', reason: '数值超出范围', detail: 'VALUE_RANGE' });
  }
  checkAsOf(input.asOf, plan, today(scope.clock));
  const note = checkText(input.note, 'input.note', false);
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const values = { planId: plan.id, indicatorId: indicator.id, value: input.value, asOf: input.asOf, note };
  return { values, idempotencyKey, requestHash: hashOf(values), indicator, submittedAt: scope.clock.now() };
}

/** Writes a prepared value and its INDICATOR_VALUE_RECORDED event inside the caller's transaction. */
export async function writeIndicatorValue(
  tx: Db,
  viewer: Viewer,
  prepared: PreparedIndicatorValue,
): Promise<IndicatorObservationRow> {
  const { values, idempotencyKey, requestHash, indicator, submittedAt } = prepared;
  const row = { ...values, submittedBy: viewer.userId, submittedAt, idempotencyKey, requestHash };
  const once = await insertOnce(
    idempotencyKey,
    requestHash,
    (key) => findObservationByKey(tx, viewer.userId, key),
    () => insertObservation(tx, row),
  );
  if ('replayed' in once) return once.replayed;
  return recordChange(tx, once.inserted, ({ after: observation }) => {
    const { idempotencyKey: _key, requestHash: _hash, ...after } = observation;
    return {
      type: EventType.INDICATOR_VALUE_RECORDED,
      planId: values.planId,
      goalId: indicator.goalId,
      measureId: indicator.measureId,
      indicatorId: indicator.id,
      departmentId: indicator.departmentId,
      actorUserId: viewer.userId,
      payload: { observationId: observation.id, before: null, after },
    };
  });
}

/** What the viewer may do with a report now, by the policy the mutations apply and the report's state. */
export async function getReportViewerCan(scope: RequestScope, report: ProgressReportRow) {
  // A withdrawn report, or one of a plan that takes no more work (archived), offers nothing.
  const open = report.withdrawnAt === null && planTakes(await getPlanById(scope, report.planId), 'work');
  const own = { departmentId: report.departmentId };
  return {
    edit: open && (await can(scope, 'progress.edit', own)),
    withdraw: open && (await can(scope, 'progress.withdraw', own)),
    accept: open && report.reviewState !== ReportReviewState.ACCEPTED && can(scope, 'progress.accept'),
    returnForRevision: open && report.reviewState !== ReportReviewState.RETURNED && can(scope, 'progress.return'),
    instruct: open && can(scope, 'instruction.issue'),
  };
}

/** What a batch of values (a workbook) did: rows written, rows that repeated what stands and so wrote nothing. */
export interface BatchOutcome {
  written: number;
  unchanged: number;
}

/**
 * Files prepared reports in one transaction, each with its own event; a row that repeats the standing report of its
 * measure, department and period (same status, percent, summary and problems) writes nothing, so uploading the same
 * workbook again writes nothing.
 */
export function fileReportBatch(
  scope: RequestScope,
  viewer: Viewer,
  batch: readonly PreparedReport[],
): Promise<BatchOutcome> {
  return scope.db.transaction(async (tx) => {
    const outcome = { written: 0, unchanged: 0 };
    for (const prepared of batch) {
      const standing = await findStandingReport(tx, prepared.values);
      const same =
        standing !== null &&
        standing.status === prepared.values.status &&
        standing.percentComplete === prepared.values.percentComplete &&
        standing.summary === prepared.values.summary &&
        (standing.problems ?? null) === (prepared.values.problems ?? null);
      if (same) outcome.unchanged++;
      else {
        await writeReport(tx, viewer, prepared);
        outcome.written++;
      }
    }
    return outcome;
  });
}

/** Records prepared indicator values in one transaction, each with its event; a value already recorded for its date (same value and note) writes nothing. */
export function recordIndicatorValueBatch(
  scope: RequestScope,
  viewer: Viewer,
  batch: readonly PreparedIndicatorValue[],
): Promise<BatchOutcome> {
  return scope.db.transaction(async (tx) => {
    const outcome = { written: 0, unchanged: 0 };
    for (const prepared of batch) {
      const standing = await findObservationOn(tx, prepared.values.indicatorId, prepared.values.asOf);
      if (standing && standing.value === prepared.values.value && (standing.note ?? null) === prepared.values.note)
        outcome.unchanged++;
      else {
        await writeIndicatorValue(tx, viewer, prepared);
        outcome.written++;
      }
    }
    return outcome;
  });
}

/** A department's standing report per measure and period (`${measureId}|${period}`), for templates. */
export async function getStandingReportsOfDepartment(
  scope: RequestScope,
  planId: number,
  departmentId: number,
): Promise<Map<string, ProgressReportRow>> {
  const byKey = new Map<string, ProgressReportRow>();
  for (const row of await listStandingReportsOfDepartment(scope.db, planId, departmentId)) {
    const key = `${row.measureId}|${row.period}`;
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return byKey;
}

/** An indicator's values, newest date first (as the indicator page reads them). */
export function getObservationsOfIndicator(scope: RequestScope, indicatorId: number) {
  return scope.get(progressLoaders).observationsOf.load(indicatorId);
}
