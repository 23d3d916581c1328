import { requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { AssignmentRole } from '../assignment';
import type { AssignmentSnapshot } from '../event';
import { type GoalRow, goals } from '../goal';
import { MeasureKind, type MeasureRow, measures } from '../measure';
import { type DraftContext, type DraftEdit, editDraft, itemCode, refuse, unitOf } from './draft';
import type {
  DraftGoalInput,
  DraftMeasureInput,
  MoveDraftMeasureInput,
  SetDraftAssignmentsInput,
} from './plan-editor.input';
import {
  deleteGoal,
  deleteMeasure,
  insertGoal,
  insertMeasure,
  renumber,
  replaceAssignments,
  updateGoal,
  updateMeasure,
} from './plan-editor.repository';
import { childrenByParent, levelProblem, orderAfterMove, preorder, subtree } from './plan-editor.rules';

const TITLE_MAX = 500;
const TEXT_MAX = 20_000;

const positions = (rows: readonly { id: number; position: number }[]) => new Map(rows.map((r) => [r.id, r.position]));

export function goalNamed({ content }: DraftContext, code: string, field: string): GoalRow {
  const goal = content.goals.find((g) => g.code === code);
  if (!goal) throw refuse('NOT_FOUND', 'GOAL_NOT_FOUND', field, `未找到编号为「${code}」的目标`);
  return goal;
}

export function measureNamed({ content }: DraftContext, code: string, field: string): MeasureRow {
  const measure = content.measures.find((m) => m.code === code);
  if (!measure) throw refuse('NOT_FOUND', 'MEASURE_NOT_FOUND', field, `未找到编号为「${code}」的措施`);
  return measure;
}

/** CONFLICT (GOAL_CODE_TAKEN, …) when another item of the plan has the code: codes are unique per plan. */
export function checkCodeFree(
  rows: readonly { id: number; code: string }[],
  code: string,
  selfId: number | null,
  label: { kind: string; name: string },
): void {
  const other = rows.find((r) => r.code === code && r.id !== selfId);
  if (other) throw refuse('CONFLICT', `${label.kind}_CODE_TAKEN`, 'input.code', `${label.name}编号「${code}」已被使用`);
}

/** An edit's input without the plan's code (the frame names the plan: editDraft, or a revision). */
export type EditOf<I> = Omit<I, 'planCode'>;

/** Adds a goal at the end (no `goalCode`), or changes one: its code, title, description. */
export function saveDraftGoal(scope: RequestScope, input: DraftGoalInput): Promise<GoalRow> {
  return editDraft(scope, input.planCode, (ctx) => applyGoal(ctx, input));
}

/** The core of saveDraftGoal, on any plan's content (a draft edit, or a revision's change). */
export async function applyGoal(ctx: DraftContext, input: EditOf<DraftGoalInput>): Promise<DraftEdit<GoalRow>> {
  const { tx, content } = ctx;
  const before = input.goalCode == null ? null : goalNamed(ctx, input.goalCode, 'input.goalCode');
  const code = input.code === undefined && before ? before.code : itemCode(input.code, 'input.code', '目标');
  checkCodeFree(content.goals, code, before?.id ?? null, { kind: 'GOAL', name: '目标' });
  const title =
    input.title === undefined && before
      ? before.title
      : requireText(input.title ?? '', 'input.title', TITLE_MAX, '目标名称');
  const description =
    input.description === undefined ? (before?.description ?? null) : input.description?.trim() || null;
  if (description && description.length > TEXT_MAX) {
    throw refuse('BAD_USER_INPUT', 'TOO_LONG', 'input.description', `目标说明不能超过 ${TEXT_MAX} 个字符`);
  }
  if (!before) {
    const added = await insertGoal(tx, {
      planId: content.plan.id,
      code,
      title,
      description,
      position: content.goals.length,
    });
    return { change: { kind: 'GOAL_ADDED', ...added }, result: added.after };
  }
  // An edit is the office's check of an imported goal: its 待核对 flags go.
  const updated = await updateGoal(tx, before, { code, title, description, importFlags: [] });
  return { change: { kind: 'GOAL_UPDATED', ...updated }, result: updated.after };
}

/** Removes a goal no measure or indicator belongs to (those are named in the refusal). */
export function removeDraftGoal(scope: RequestScope, planCode: string, goalCode: string): Promise<boolean> {
  return editDraft(scope, planCode, async (ctx) => {
    const goal = goalNamed(ctx, goalCode, 'goalCode');
    const users = [
      ...ctx.content.measures.filter((m) => m.goalId === goal.id).map((m) => `措施「${m.code}」`),
      ...ctx.content.indicators.filter((i) => i.goalId === goal.id).map((i) => `指标「${i.code}」`),
    ];
    if (users.length > 0) {
      throw refuse(
        'CONFLICT',
        'GOAL_IN_USE',
        'goalCode',
        `目标「${goal.code}」仍有${users.join('、')}，请先改挂或删除`,
      );
    }
    const removed = await deleteGoal(ctx.tx, goal);
    const rest = ctx.content.goals.filter((g) => g.id !== goal.id);
    await renumber(
      ctx.tx,
      goals,
      rest.map((g) => g.id),
      positions(rest),
    );
    return { change: { kind: 'GOAL_REMOVED', ...removed }, result: true };
  });
}

interface MeasureFields {
  code: string;
  kind: MeasureKind;
  title: string;
  description: string | null;
  goalId: number | null;
}

function measureFields(ctx: DraftContext, input: EditOf<DraftMeasureInput>, before: MeasureRow | null): MeasureFields {
  const code = input.code === undefined && before ? before.code : itemCode(input.code, 'input.code', '措施');
  checkCodeFree(ctx.content.measures, code, before?.id ?? null, { kind: 'MEASURE', name: '措施' });
  const kind = input.kind ?? before?.kind ?? MeasureKind.MEASURE;
  const title =
    input.title === undefined && before
      ? before.title
      : requireText(input.title ?? '', 'input.title', TITLE_MAX, '措施名称');
  const description =
    input.description === undefined ? (before?.description ?? null) : input.description?.trim() || null;
  const goalId =
    input.goalCode === undefined
      ? (before?.goalId ?? null)
      : input.goalCode === null
        ? null
        : goalNamed(ctx, input.goalCode, 'input.goalCode').id;
  return { code, kind, title, description, goalId };
}

/**
 * Adds a node as the last child of `parentCode` (or at the top level), or changes one (no move: see
 * moveDraftMeasure). Projects and safeguards stay at the top level; a node with children stays what it is below.
 */
export function saveDraftMeasure(scope: RequestScope, input: DraftMeasureInput): Promise<MeasureRow> {
  return editDraft(scope, input.planCode, (ctx) => applyMeasure(ctx, input));
}

/** The core of saveDraftMeasure. */
export async function applyMeasure(
  ctx: DraftContext,
  input: EditOf<DraftMeasureInput>,
): Promise<DraftEdit<MeasureRow>> {
  const { tx, content } = ctx;
  const before = input.measureCode == null ? null : measureNamed(ctx, input.measureCode, 'input.measureCode');
  const fields = measureFields(ctx, input, before);
  const parent = before
    ? (content.measures.find((m) => m.id === before.parentId) ?? null)
    : input.parentCode == null
      ? null
      : measureNamed(ctx, input.parentCode, 'input.parentCode');
  const level = levelProblem(fields.kind, parent?.id ?? null);
  if (level)
    throw refuse('BAD_USER_INPUT', 'MEASURE_KIND_LEVEL', 'input.kind', `措施「${fields.code}」在下级：${level}`);
  if (before) {
    // An edit is the office's check of an imported node: its 待核对 flags go.
    const updated = await updateMeasure(tx, before, { ...fields, importFlags: [] });
    return { change: { kind: 'MEASURE_UPDATED', ...updated }, result: updated.after };
  }
  const siblings = childrenByParent(content.measures).get(parent?.id ?? null) ?? [];
  const added = await insertMeasure(tx, {
    ...fields,
    planId: content.plan.id,
    parentId: parent?.id ?? null,
    position: content.measures.length,
  });
  const order = orderAfterMove(content.measures, added.after, parent?.id ?? null, siblings.length);
  await renumber(tx, measures, order, positions([...content.measures, added.after]));
  return {
    change: { kind: 'MEASURE_ADDED', ...added },
    result: { ...added.after, position: order.indexOf(added.after.id) },
  };
}

/** Moves a node (with its subtree) under a new parent at a position: reorder, indent and outdent alike. */
export function moveDraftMeasure(scope: RequestScope, input: MoveDraftMeasureInput): Promise<MeasureRow> {
  return editDraft(scope, input.planCode, (ctx) => applyMove(ctx, input));
}

/** The core of moveDraftMeasure. */
export async function applyMove(
  ctx: DraftContext,
  input: EditOf<MoveDraftMeasureInput>,
): Promise<DraftEdit<MeasureRow>> {
  const { tx, content } = ctx;
  const node = measureNamed(ctx, input.measureCode, 'input.measureCode');
  const parent = input.parentCode == null ? null : measureNamed(ctx, input.parentCode, 'input.parentCode');
  if (parent && subtree(content.measures, node.id).some((m) => m.id === parent.id)) {
    throw refuse(
      'BAD_USER_INPUT',
      'MEASURE_MOVE_CYCLE',
      'input.parentCode',
      `措施「${node.code}」不能移到自己或自己的下级「${parent.code}」之下`,
    );
  }
  const level = levelProblem(node.kind, parent?.id ?? null);
  if (level) throw refuse('BAD_USER_INPUT', 'MEASURE_KIND_LEVEL', 'input.parentCode', `措施「${node.code}」：${level}`);
  if (input.position < 0) throw refuse('BAD_USER_INPUT', 'POSITION_RANGE', 'input.position', '位置须为 0 或更大的整数');
  const order = orderAfterMove(content.measures, node, parent?.id ?? null, input.position);
  const moved = await updateMeasure(tx, node, { parentId: parent?.id ?? null });
  await renumber(tx, measures, order, positions(content.measures));
  const after = { ...moved.after, position: order.indexOf(node.id) };
  return { change: { kind: 'MEASURE_MOVED', before: node, after }, result: after };
}

/** Removes a node and everything below it, unless an indicator belongs to one of them (named in the refusal). */
export function removeDraftMeasure(scope: RequestScope, planCode: string, measureCode: string): Promise<boolean> {
  return editDraft(scope, planCode, (ctx) => applyRemoveMeasure(ctx, measureCode, 'measureCode'));
}

/** The core of removeDraftMeasure; `field` names the measure's code in the refusals. */
export async function applyRemoveMeasure(
  ctx: DraftContext,
  measureCode: string,
  field: string,
): Promise<DraftEdit<boolean>> {
  const { tx, content } = ctx;
  const node = measureNamed(ctx, measureCode, field);
  const removed = subtree(content.measures, node.id);
  const ids = new Set(removed.map((m) => m.id));
  const held = content.indicators.filter((i) => i.measureId !== null && ids.has(i.measureId));
  if (held.length > 0) {
    const names = held.map((i) => `「${i.code}」`).join('、');
    throw refuse('CONFLICT', 'MEASURE_HAS_INDICATORS', field, `措施「${node.code}」下仍有指标${names}，请先改挂或删除`);
  }
  await deleteMeasure(tx, node);
  const rest = content.measures.filter((m) => !ids.has(m.id));
  await renumber(tx, measures, preorder(childrenByParent(rest)), positions(rest));
  return {
    change: { kind: 'MEASURE_REMOVED', before: node, after: null, removedCodes: removed.map((m) => m.code) },
    result: true,
  };
}

/**
 * Sets a node's units: one lead and the participants (a group such as 各镇、街道 is one unit here). No lead and no
 * participants: the node inherits its parent's units again.
 */
export function setDraftAssignments(scope: RequestScope, input: SetDraftAssignmentsInput): Promise<MeasureRow> {
  return editDraft(scope, input.planCode, async (ctx) => {
    const { node, before, after } = assignmentsOf(ctx, input);
    const base = Math.max(-1, ...ctx.content.assignments.map((a) => a.position)) + 1;
    await replaceAssignments(
      ctx.tx,
      ctx.content.plan.id,
      node.id,
      after.map((a, i) => ({ departmentId: a.departmentId, role: a.role, position: base + i })),
    );
    // Setting an imported node's units is the office's check of them: its 待核对 flags go.
    const checked = node.importFlags.length > 0 ? (await updateMeasure(ctx.tx, node, { importFlags: [] })).after : node;
    return { change: { kind: 'ASSIGNMENTS_SET', measureCode: node.code, before, after }, result: checked };
  });
}

/** A node's units before and after an assignment edit, checked (the write is the caller's: a draft replaces them). */
export function assignmentsOf(
  ctx: DraftContext,
  input: EditOf<SetDraftAssignmentsInput>,
): { node: MeasureRow; before: AssignmentSnapshot[]; after: AssignmentSnapshot[] } {
  const { content, register } = ctx;
  const node = measureNamed(ctx, input.measureCode, 'input.measureCode');
  if (input.leadCode == null && input.participantCodes.length > 0) {
    throw refuse(
      'BAD_USER_INPUT',
      'LEAD_REQUIRED',
      'input.leadCode',
      `措施「${node.code}」指定了配合单位，须同时指定牵头单位`,
    );
  }
  const lead = input.leadCode == null ? null : unitOf(register, input.leadCode, 'input.leadCode');
  const seen = new Set(lead ? [lead.id] : []);
  const participants = input.participantCodes.map((code, i) => {
    const unit = unitOf(register, code, `input.participantCodes[${i}]`);
    if (seen.has(unit.id)) {
      throw refuse(
        'BAD_USER_INPUT',
        'DUPLICATE_UNIT',
        `input.participantCodes[${i}]`,
        `措施「${node.code}」重复指定了「${unit.name}」`,
      );
    }
    seen.add(unit.id);
    return unit;
  });
  const snapshot = (unit: { id: number; code: string }, role: AssignmentRole): AssignmentSnapshot => ({
    departmentId: unit.id,
    departmentCode: unit.code,
    role,
  });
  const codeOf = new Map(register.map((d) => [d.id, d.code]));
  const before = content.assignments
    .filter((a) => a.measureId === node.id)
    .map((a) => snapshot({ id: a.departmentId, code: codeOf.get(a.departmentId) ?? '' }, a.role));
  const after = [
    ...(lead ? [snapshot(lead, AssignmentRole.LEAD)] : []),
    ...participants.map((p) => snapshot(p, AssignmentRole.PARTICIPANT)),
  ];
  return { node, before, after };
}
