import { requireReader } from '../../shared/access';
import { DomainError, findByApiId } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { UserRole } from '../../shared/viewer';
import { getAssignmentsOfMeasure } from '../assignment';
import { actsFor, getMemberIdsOf } from '../department';
import { appendEvents, EventType, recordChange } from '../event';
import { getMeasureByCode, getMeasureById, getMeasureIndex, type MeasureRow } from '../measure';
import { getPlanById, getWritablePlan, planTakes, requireWritablePlan } from '../plan';
import { authorize, can } from '../policy';
import { getReportById } from '../progress';
import { InstructionSubject } from './instruction.enum';
import type { IssueInstructionInput } from './instruction.input';
import { instructionLoaders } from './instruction.loader';
import { findInstructionById, insertInstruction, insertRead } from './instruction.repository';
import { checkInstructionText, checkProblemRaised, checkSubjectTarget } from './instruction.rules';
import type { InstructionReadRow, InstructionRow } from './instruction.table';

const MAX_PAGE = 100;

/** Every department's 已阅 of an instruction, first read first. */
export function getReadsOf(scope: RequestScope, row: InstructionRow): Promise<InstructionReadRow[]> {
  return scope.get(instructionLoaders).readsOf.load(row.id);
}

/**
 * 已阅 as the viewer needs it: for a department's clerk, its own department's mark; for everyone else, the mark
 * that completed the set, once every addressee has read it (a group counts as read when one of its member units
 * has). Null while it is unread.
 */
export async function getReadFor(scope: RequestScope, row: InstructionRow): Promise<InstructionReadRow | null> {
  const viewer = requireReader(scope);
  const reads = await getReadsOf(scope, row);
  if (viewer.role === UserRole.REPORTER) return reads.find((read) => read.departmentId === viewer.departmentId) ?? null;
  const addressees = await getAddresseeIds(scope, row);
  let last: InstructionReadRow | null = null;
  for (const addressee of addressees) {
    const speakers = new Set([addressee, ...(await getMemberIdsOf(scope, addressee))]);
    const read = reads.find((r) => speakers.has(r.departmentId));
    if (!read) return null;
    if (!last || read.readAt > last.readAt) last = read;
  }
  return last;
}

/**
 * The departments an instruction is addressed to: the report's department, or (on a measure) every department
 * that leads or takes part in it, its own assignments or those it inherits from its project.
 */
export async function getAddresseeIds(scope: RequestScope, row: InstructionRow): Promise<number[]> {
  if (row.departmentId !== null) return [row.departmentId];
  const measure = await getMeasureById(scope, row.planId, row.measureId);
  return [...new Set((await getAssignmentsOfMeasure(scope, measure)).map((a) => a.departmentId))];
}

/** Whether the instruction reaches a department: addressed to it, or to a group it is a member unit of. */
async function isAddressedTo(scope: RequestScope, row: InstructionRow, departmentId: number): Promise<boolean> {
  return actsFor(scope, departmentId, new Set(await getAddresseeIds(scope, row)));
}

/**
 * Who reads an instruction: leaders, admins and the meeting-room viewer see all of a plan's; a department's clerk
 * sees only those addressed to its department (the desk needs no other department's).
 */
export async function canSeeInstruction(scope: RequestScope, row: InstructionRow): Promise<boolean> {
  requireReader(scope);
  return can(scope, 'instruction.see', { departmentId: () => getAddresseeIds(scope, row) });
}

async function visible(scope: RequestScope, rows: InstructionRow[]): Promise<InstructionRow[]> {
  const seen = await Promise.all(rows.map((row) => canSeeInstruction(scope, row)));
  return rows.filter((_, i) => seen[i]);
}

/** A plan's instructions the viewer may see, newest first, optionally narrowed. */
export async function getInstructionsOfPlan(
  scope: RequestScope,
  planId: number,
  filter: { measureId?: number; reportId?: number; addressedTo?: number; first?: number } = {},
): Promise<InstructionRow[]> {
  requireReader(scope);
  if (filter.first !== undefined && (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_PAGE)) {
    throw new DomainError('BAD_USER_INPUT', { field: 'first', reason: `每页条数须在 1 至 ${MAX_PAGE} 之间` });
  }
  let rows = (await scope.get(instructionLoaders).ofPlan.load(planId)).filter(
    (row) =>
      (filter.measureId === undefined || row.measureId === filter.measureId) &&
      (filter.reportId === undefined || row.reportId === filter.reportId),
  );
  if (filter.addressedTo !== undefined) {
    const to = filter.addressedTo;
    const reached = await Promise.all(rows.map((row) => isAddressedTo(scope, row, to)));
    rows = rows.filter((_, i) => reached[i]);
  }
  rows = await visible(scope, rows);
  return filter.first === undefined ? rows : rows.slice(0, filter.first);
}

/** What the audit trail and subscribers see of an instruction. */
const snapshot = (row: InstructionRow) => ({ ...row });

/**
 * 领导批示: a LEADER (or ADMIN) comments on a report, on the problems a report raised, or on a measure. Addressed
 * to the report's department, or to every department assigned to the measure.
 */
export async function issueInstruction(scope: RequestScope, input: IssueInstructionInput): Promise<InstructionRow> {
  const viewer = authorize(scope, 'instruction.issue');
  const plan = await getWritablePlan(scope, input.planCode, 'input.planCode');
  checkSubjectTarget(input.subject, input.measureCode, input.reportId);
  const text = checkInstructionText(input.text);
  let measure: MeasureRow;
  let reportId: number | null = null;
  let departmentId: number | null = null;
  if (input.subject === InstructionSubject.MEASURE) {
    measure = await getMeasureByCode(scope, plan.id, input.measureCode ?? '', 'input.measureCode');
  } else {
    const report = await getReportById(scope, input.reportId ?? '', 'input.reportId');
    if (report.planId !== plan.id) {
      throw new DomainError('NOT_FOUND', {
        field: 'input.reportId',
        reason: `方案中未找到编号为 ${input.reportId} 的进度报告`,
        detail: 'REPORT_NOT_FOUND',
      });
    }
    if (report.withdrawnAt) {
      throw new DomainError('CONFLICT', {
        field: 'input.reportId',
        reason: '该报告已撤回',
        detail: 'REPORT_WITHDRAWN',
      });
    }
    checkProblemRaised(input.subject, report.problems);
    measure = await getMeasureById(scope, plan.id, report.measureId);
    if (input.measureCode && input.measureCode !== measure.code) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.measureCode',
        reason: `该报告是关于措施 ${measure.code} 的，不是 ${input.measureCode}`,
        detail: 'MEASURE_MISMATCH',
      });
    }
    reportId = report.id;
    departmentId = report.departmentId;
  }
  const goalId = (await getMeasureIndex(scope, plan.id)).goalIdOf(measure);
  const now = scope.clock.now();
  const values = {
    planId: plan.id,
    subject: input.subject,
    measureId: measure.id,
    reportId,
    departmentId,
    text,
    issuedBy: viewer.userId,
    issuedAt: now,
  };
  return scope.db.transaction((tx) =>
    recordChange(tx, insertInstruction(tx, values), ({ after }) => ({
      type: EventType.INSTRUCTION_ISSUED,
      planId: plan.id,
      measureId: measure.id,
      goalId,
      departmentId,
      actorUserId: viewer.userId,
      payload: { instructionId: after.id, reportId, before: null, after: snapshot(after) },
    })),
  );
}

function findInstruction(scope: RequestScope, id: string): Promise<InstructionRow> {
  return findByApiId(id, (key) => findInstructionById(scope.db, key), {
    field: 'id',
    reason: `未找到编号为 ${id} 的领导批示`,
    detail: 'INSTRUCTION_NOT_FOUND',
  });
}

/**
 * 已阅: a clerk of an addressed department (or of a member unit of an addressed group) marks the instruction read
 * for its own department; each department marks once. Marking again returns it unchanged and writes nothing.
 */
export async function markInstructionRead(scope: RequestScope, id: string): Promise<InstructionRow> {
  const viewer = authorize(scope, 'instruction.markRead');
  const found = await findInstruction(scope, id);
  await requireWritablePlan(scope, found.planId, 'id');
  await authorize(scope, 'instruction.markRead', { departmentId: () => getAddresseeIds(scope, found) });
  const departmentId = viewer.departmentId;
  if (departmentId === null) throw new Error('a REPORTER always has a department');
  const index = await getMeasureIndex(scope, found.planId);
  const measure = index.byId.get(found.measureId);
  const goalId = measure ? index.goalIdOf(measure) : null;
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const read = await insertRead(tx, { instructionId: found.id, departmentId, readAt: now, readBy: viewer.userId });
    if (!read) return found;
    await appendEvents(tx, [
      {
        type: EventType.INSTRUCTION_READ,
        planId: found.planId,
        measureId: found.measureId,
        goalId,
        departmentId,
        actorUserId: viewer.userId,
        payload: { instructionId: found.id, reportId: found.reportId, read, after: snapshot(found) },
      },
    ]);
    return found;
  });
}

/** What the viewer may do with an instruction now: 已阅, by the policy markInstructionRead applies, once per department. */
export async function getInstructionViewerCan(scope: RequestScope, row: InstructionRow) {
  const open = planTakes(await getPlanById(scope, row.planId), 'work');
  const may = open && (await can(scope, 'instruction.markRead', { departmentId: () => getAddresseeIds(scope, row) }));
  const unit = scope.viewer?.departmentId;
  return { markRead: may && !(await getReadsOf(scope, row)).some((read) => read.departmentId === unit) };
}
