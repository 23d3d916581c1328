import { AssignmentRole } from '../assignment';
import type { AssignmentSnapshot, PlanChange, PlanChangeKind } from '../event';
import type { GoalRow } from '../goal';
import type { IndicatorRow } from '../indicator';
import { MeasureKind, type MeasureRow } from '../measure';

/** The day before a date (YYYY-MM-DD): the last day a duty or a target replaced on `date` was in force. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A unit's part in a measure, as the version view needs it. */
export interface DutyRow {
  measureId: number;
  departmentId: number;
  role: AssignmentRole;
  position: number;
}

/** A plan's content as the version view works on it. */
export interface PlanState {
  goals: GoalRow[];
  measures: MeasureRow[];
  assignments: DutyRow[];
  indicators: IndicatorRow[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const duties = (list: readonly AssignmentSnapshot[]) =>
  list.map((a) => `${a.departmentId}:${a.role}`).sort((x, y) => x.localeCompare(y));

/** Whether a change changes anything: an update or a move to the same values, or the same units, does not. */
export function isEffective(change: PlanChange): boolean {
  switch (change.kind) {
    case 'ASSIGNMENTS_SET':
      return !same(duties(change.before), duties(change.after));
    default:
      // An update or a move to the same values (and the same place) changes nothing.
      return change.before === null || change.after === null || !same(change.before, change.after);
  }
}

function replaceById<R extends { id: number }>(rows: readonly R[], row: R): R[] {
  return rows.map((r) => (r.id === row.id ? row : r));
}

/** The plan's content with one change undone: what it was just before the change. */
export function undoChange(state: PlanState, change: PlanChange): PlanState {
  switch (change.kind) {
    case 'PLAN_UPDATED':
      return state;
    case 'GOAL_ADDED':
      return { ...state, goals: state.goals.filter((g) => g.id !== change.after.id) };
    case 'GOAL_UPDATED':
    case 'GOAL_MOVED':
      return { ...state, goals: replaceById(state.goals, change.before) };
    case 'GOAL_REMOVED':
      return { ...state, goals: [...state.goals, change.before] };
    case 'MEASURE_ADDED':
      return {
        ...state,
        measures: state.measures.filter((m) => m.id !== change.after.id),
        assignments: state.assignments.filter((a) => a.measureId !== change.after.id),
      };
    case 'MEASURE_UPDATED':
    case 'MEASURE_MOVED':
      return { ...state, measures: replaceById(state.measures, change.before) };
    case 'MEASURE_REMOVED':
      return { ...state, measures: [...state.measures, change.before] };
    case 'MEASURE_WITHDRAWN': {
      const codes = new Set(change.withdrawnCodes);
      return {
        ...state,
        measures: state.measures.map((m) =>
          codes.has(m.code) ? { ...m, withdrawnOn: null, withdrawnReason: null } : m,
        ),
      };
    }
    case 'ASSIGNMENTS_SET': {
      const measure = state.measures.find((m) => m.code === change.measureCode);
      if (!measure) return state;
      return {
        ...state,
        assignments: [
          ...state.assignments.filter((a) => a.measureId !== measure.id),
          ...change.before.map((a, i) => ({
            measureId: measure.id,
            departmentId: a.departmentId,
            role: a.role,
            position: -change.before.length + i,
          })),
        ],
      };
    }
    case 'INDICATOR_ADDED':
      return { ...state, indicators: state.indicators.filter((i) => i.id !== change.after.id) };
    case 'INDICATOR_UPDATED':
      return { ...state, indicators: replaceById(state.indicators, change.before) };
    case 'INDICATOR_REMOVED':
      return { ...state, indicators: [...state.indicators, change.before] };
  }
}

/**
 * The plan as it stood right after revision `number` (0: as published), from its content now and the revisions
 * published after `number`, newest first: each one's changes undone in reverse order.
 */
export function versionAt(current: PlanState, later: readonly { number: number; changes: PlanChange[] }[]): PlanState {
  let state = current;
  for (const revision of [...later].sort((a, b) => b.number - a.number)) {
    for (const change of [...revision.changes].reverse()) state = undoChange(state, change);
  }
  const byPosition = <R extends { position: number; id: number }>(rows: R[]) =>
    [...rows].sort((a, b) => a.position - b.position || a.id - b.id);
  return {
    goals: byPosition(state.goals),
    measures: byPosition(state.measures),
    assignments: [...state.assignments].sort((a, b) => a.position - b.position),
    indicators: byPosition(state.indicators),
  };
}

/** How the readable lines name things: departments by name, goals and measures by code (ids are not for people). */
export interface Names {
  department(id: number): string;
  goal(id: number | null): string | null;
  measure(id: number | null): string | null;
  /** A measure's title by its code, when known. */
  measureTitle?(code: string): string | null;
}

/** One readable line of a change (PlanChangeLine). */
export interface ChangeLine {
  kind: PlanChangeKind;
  itemCode: string;
  itemTitle: string;
  summary: string;
  fields: { label: string; before: string | null; after: string | null }[];
}

const KIND_NAME: Record<MeasureKind, string> = {
  [MeasureKind.PROJECT]: '工程',
  [MeasureKind.MEASURE]: '措施',
  [MeasureKind.SAFEGUARD]: '保障措施',
};

type Field = ChangeLine['fields'][number];

/** The fields whose text differs, each as label, before, after. */
function diff<R>(before: R | null, after: R | null, spec: [string, (row: R) => string | null][]): Field[] {
  return spec.flatMap(([label, show]) => {
    const b = before ? show(before) : null;
    const a = after ? show(after) : null;
    return b === a ? [] : [{ label, before: b, after: a }];
  });
}

const arrow = (f: Field) => `${f.label} ${f.before ?? '（无）'} → ${f.after ?? '（无）'}`;

/** A number as people read it: no trailing zeros, with its unit. */
export function amount(value: number | null, unit: string | null): string | null {
  if (value === null) return null;
  return `${Number(value.toFixed(6))}${unit ?? ''}`;
}

function measureSpec(names: Names): [string, (m: MeasureRow) => string | null][] {
  return [
    ['编号', (m) => m.code],
    ['名称', (m) => m.title],
    ['类型', (m) => KIND_NAME[m.kind]],
    ['内容', (m) => m.description],
    ['所属目标', (m) => names.goal(m.goalId)],
    ['上级', (m) => names.measure(m.parentId) ?? '（第一级）'],
  ];
}

function indicatorSpec(names: Names): [string, (i: IndicatorRow) => string | null][] {
  return [
    ['编号', (i) => i.code],
    ['名称', (i) => i.name],
    ['目标值', (i) => amount(i.target, i.unit)],
    ['目标原文', (i) => i.targetText],
    ['目标日期', (i) => i.targetDate],
    ['计量单位', (i) => i.unit],
    ['基期值', (i) => amount(i.baseline, i.unit)],
    ['基期年份', (i) => (i.baselineYear === null ? null : String(i.baselineYear))],
    ['所属目标', (i) => names.goal(i.goalId)],
    ['所属措施', (i) => names.measure(i.measureId)],
    ['填报单位', (i) => names.department(i.departmentId)],
  ];
}

/** A change as people read it: a Chinese line, and the fields it changed (department ids shown as names). */
export function changeLine(change: PlanChange, names: Names): ChangeLine {
  const line = (itemCode: string, itemTitle: string, summary: string, fields: Field[]): ChangeLine => ({
    kind: change.kind,
    itemCode,
    itemTitle,
    summary,
    fields,
  });
  const detail = (fields: Field[]) => (fields.length === 0 ? '' : `：${fields.map(arrow).join('；')}`);
  switch (change.kind) {
    case 'PLAN_UPDATED': {
      const fields = diff(change.before, change.after, [
        ['名称', (p) => p.title],
        ['印发机关', (p) => p.issuer],
        ['文号', (p) => p.docNumber],
        ['开始日期', (p) => p.startsOn],
        ['结束日期', (p) => p.endsOn],
      ]);
      return line(change.after.code, change.after.title, `修改方案信息${detail(fields)}`, fields);
    }
    case 'GOAL_ADDED':
    case 'GOAL_UPDATED':
    case 'GOAL_MOVED':
    case 'GOAL_REMOVED': {
      const row = change.after ?? change.before;
      const fields = diff<GoalRow>(change.before, change.after, [
        ['编号', (g) => g.code],
        ['名称', (g) => g.title],
        ['说明', (g) => g.description],
      ]);
      const verb = { GOAL_ADDED: '新增', GOAL_UPDATED: '修改', GOAL_MOVED: '调整顺序', GOAL_REMOVED: '删除' }[
        change.kind
      ];
      const summary =
        change.kind === 'GOAL_UPDATED'
          ? `修改目标 ${row.code}${detail(fields)}`
          : `${verb}目标 ${row.code} ${row.title}`;
      return line(row.code, row.title, summary, fields);
    }
    case 'MEASURE_ADDED':
    case 'MEASURE_UPDATED':
    case 'MEASURE_MOVED':
    case 'MEASURE_REMOVED': {
      const row = change.after ?? change.before;
      const fields = diff<MeasureRow>(change.before, change.after, measureSpec(names));
      const what = KIND_NAME[row.kind];
      let summary: string;
      if (change.kind === 'MEASURE_ADDED') {
        summary = `新增${what} ${row.code} ${row.title}${row.parentId === null ? '' : `（${names.measure(row.parentId)} 下）`}`;
      } else if (change.kind === 'MEASURE_REMOVED') {
        const below = change.removedCodes.filter((c) => c !== row.code);
        summary = `删除${what} ${row.code} ${row.title}${below.length > 0 ? `（含下级 ${below.join('、')}）` : ''}`;
      } else if (change.kind === 'MEASURE_MOVED') {
        summary = `移动${what} ${row.code}${detail(fields) || '：调整顺序'}`;
      } else {
        summary = `修改${what} ${row.code}${detail(fields.filter((f) => f.label !== '内容'))}${fields.some((f) => f.label === '内容') ? '（内容有修改）' : ''}`;
      }
      return line(row.code, row.title, summary, fields);
    }
    case 'MEASURE_WITHDRAWN': {
      const row = change.after;
      const below = change.withdrawnCodes.filter((c) => c !== row.code);
      const fields: Field[] = [
        { label: '状态', before: '实施中', after: `自 ${row.withdrawnOn} 起撤销` },
        { label: '撤销理由', before: null, after: row.withdrawnReason },
      ];
      const summary = `撤销${KIND_NAME[row.kind]} ${row.code}：${row.withdrawnReason ?? ''}${below.length > 0 ? `（含下级 ${below.join('、')}）` : ''}`;
      return line(row.code, row.title, summary, fields);
    }
    case 'ASSIGNMENTS_SET': {
      const lead = (list: AssignmentSnapshot[]) => {
        const unit = list.find((a) => a.role === AssignmentRole.LEAD);
        return unit ? names.department(unit.departmentId) : null;
      };
      const participants = (list: AssignmentSnapshot[]) => {
        const units = list.filter((a) => a.role === AssignmentRole.PARTICIPANT);
        return units.length === 0 ? null : units.map((a) => names.department(a.departmentId)).join('、');
      };
      // A node that inherited its units shows them as before, marked 随上级.
      const inheritedBefore = change.inheritedBefore ?? [];
      const before = change.before.length === 0 && inheritedBefore.length > 0 ? inheritedBefore : change.before;
      const marked = (show: (list: AssignmentSnapshot[]) => string | null) => (list: AssignmentSnapshot[]) => {
        const text = show(list);
        return text !== null && list === inheritedBefore ? `${text}（随上级）` : text;
      };
      const fields = diff(before, change.after, [
        ['牵头单位', marked(lead)],
        ['配合单位', marked(participants)],
      ]);
      const summary =
        change.after.length === 0
          ? `${change.measureCode} 不再单独指定责任单位（随上级）`
          : `${change.measureCode} ${fields.map(arrow).join('；')}`;
      return line(change.measureCode, names.measureTitle?.(change.measureCode) ?? change.measureCode, summary, fields);
    }
    case 'INDICATOR_ADDED':
    case 'INDICATOR_UPDATED':
    case 'INDICATOR_REMOVED': {
      const row = change.after ?? change.before;
      const fields = diff<IndicatorRow>(change.before, change.after, indicatorSpec(names));
      let summary: string;
      if (change.kind === 'INDICATOR_ADDED') {
        summary = `新增指标 ${row.code} ${row.name}：目标 ${amount(row.target, row.unit) ?? row.targetText}`;
      } else if (change.kind === 'INDICATOR_REMOVED') {
        summary = `删除指标 ${row.code} ${row.name}`;
      } else {
        const target = fields.find((f) => f.label === '目标值');
        const retargeted = fields.some((f) => ['目标值', '目标原文', '目标日期'].includes(f.label));
        const main = target ? arrow(target) : fields.map(arrow).join('；');
        summary = `指标 ${row.code} ${main}${retargeted ? '（原目标留作调整前）' : ''}`;
      }
      return line(row.code, row.name, summary, fields);
    }
  }
}

/** The measure's units in force: its own, or its nearest ancestor's with any. */
export function unitsInForce(
  state: { measures: readonly MeasureRow[]; assignments: readonly { measureId: number; departmentId: number }[] },
  measureId: number | null,
): number[] {
  const seen = new Set<number>();
  for (let id = measureId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const own = state.assignments.filter((a) => a.measureId === id).map((a) => a.departmentId);
    if (own.length > 0) return own;
    id = state.measures.find((m) => m.id === id)?.parentId ?? null;
  }
  return [];
}

/**
 * The departments whose desks a revision changes: those that gained, lost or changed a duty, those answering for
 * a changed, moved, added, removed or withdrawn measure (or one below a withdrawn one), before or after, and those
 * reporting a changed indicator.
 */
export function departmentsTouched(
  changes: readonly PlanChange[],
  before: Pick<PlanState, 'measures' | 'assignments'>,
  after: Pick<PlanState, 'measures' | 'assignments'>,
): number[] {
  const touched = new Set<number>();
  const add = (ids: number[]) => {
    for (const id of ids) touched.add(id);
  };
  for (const change of changes) {
    switch (change.kind) {
      case 'ASSIGNMENTS_SET': {
        const key = (a: AssignmentSnapshot) => `${a.departmentId}:${a.role}`;
        const b = new Set(change.before.map(key));
        const a = new Set(change.after.map(key));
        add(change.before.filter((x) => !a.has(key(x))).map((x) => x.departmentId));
        add(change.after.filter((x) => !b.has(key(x))).map((x) => x.departmentId));
        break;
      }
      case 'MEASURE_ADDED':
      case 'MEASURE_UPDATED':
      case 'MEASURE_MOVED':
      case 'MEASURE_REMOVED':
      case 'MEASURE_WITHDRAWN': {
        const row = change.after ?? change.before;
        const codes = new Set(
          change.kind === 'MEASURE_WITHDRAWN'
            ? change.withdrawnCodes
            : change.kind === 'MEASURE_REMOVED'
              ? change.removedCodes
              : [row.code],
        );
        for (const state of [before, after]) {
          for (const m of state.measures.filter((x) => codes.has(x.code))) add(unitsInForce(state, m.id));
        }
        break;
      }
      case 'INDICATOR_ADDED':
      case 'INDICATOR_UPDATED':
      case 'INDICATOR_REMOVED':
        add([change.before?.departmentId, change.after?.departmentId].filter((x): x is number => x != null));
        break;
      default:
        break;
    }
  }
  return [...touched].sort((a, b) => a - b);
}
