/**
 * 方案调整, staged: the changes the office gathers before publishing them together, and the plan as they leave it.
 * Pure: the revision page replays the staged list over the plan in force whenever the list changes (an entry
 * removed simply drops out of the replay). The server checks and applies the same list in the same order.
 */
import type { RevisionChangeInput } from '../../gql/graphql';
import type { EditorDepartment, EditorIndicator, EditorMeasure, EditorPlan } from './editor-plan';
import { goalKey, measureKey } from './editor-tree';

export interface StagedChange {
  /** Stable for the list's keys and removal. */
  id: number;
  /** What the office sees in 本次调整. */
  label: string;
  /** The tree key of the item it touches: where the server's refusal of it shows. */
  key: string;
  change: RevisionChangeInput;
}

export interface StagedPlan {
  plan: EditorPlan;
  /** Measures withdrawn (撤销) by the staged changes. */
  withdrawn: Set<string>;
}

const unit = (departments: readonly EditorDepartment[], code: string) => {
  const d = departments.find((x) => x.code === code);
  return { code, name: d?.name ?? code };
};

function assignmentsOf(
  departments: readonly EditorDepartment[],
  leadCode: string | null | undefined,
  participantCodes: readonly string[] | null | undefined,
): EditorMeasure['assignments'] {
  return [
    ...(leadCode ? [{ role: 'LEAD' as const, inherited: false, department: unit(departments, leadCode) }] : []),
    ...(participantCodes ?? []).map((code) => ({
      role: 'PARTICIPANT' as const,
      inherited: false,
      department: unit(departments, code),
    })),
  ];
}

/** Drops what a change leaves as it is (a field absent or null). */
function defined<T extends object>(values: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v != null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}

/** The plan with the staged changes applied in order, as far as the screen needs it; the server has the last word. */
/** An item a revision adds was not read from a document: no 原文, nothing to check. */
const NOT_IMPORTED = { source: null, importFlags: [] };

export function applyStaged(
  base: EditorPlan,
  departments: readonly EditorDepartment[],
  staged: readonly StagedChange[],
): StagedPlan {
  let goals = base.goals.map((g) => ({ ...g }));
  let measures: EditorMeasure[] = base.measures.map((m) => ({ ...m }));
  let indicators: EditorIndicator[] = base.indicators.map((i) => ({ ...i }));
  const withdrawn = new Set<string>();
  const goalRef = (code: string | null | undefined) => {
    const goal = code ? goals.find((g) => g.code === code) : undefined;
    return goal ? { id: goal.id, code: goal.code } : null;
  };
  const measureRef = (code: string | null | undefined) => {
    const measure = code ? measures.find((m) => m.code === code) : undefined;
    return measure ? { id: measure.id, code: measure.code } : null;
  };
  for (const { change } of staged) {
    if (change.addGoal) {
      const { code, title, description } = change.addGoal;
      goals.push({ id: `staged-goal-${code}`, code, title, description: description ?? null, ...NOT_IMPORTED });
    } else if (change.updateGoal) {
      const { goalCode, ...rest } = change.updateGoal;
      goals = goals.map((g) => (g.code === goalCode ? { ...g, ...defined(rest) } : g));
    } else if (change.addMeasure) {
      const a = change.addMeasure;
      measures.push({
        id: `staged-measure-${a.code}`,
        code: a.code,
        kind: a.kind ?? 'MEASURE',
        title: a.title,
        description: a.description ?? null,
        parent: measureRef(a.parentCode),
        goal: goalRef(a.goalCode),
        assignments: assignmentsOf(departments, a.leadCode, a.participantCodes),
        ...NOT_IMPORTED,
      });
    } else if (change.updateMeasure) {
      const { measureCode, goalCode, ...rest } = change.updateMeasure;
      const renamed = rest.code && rest.code !== measureCode ? rest.code : null;
      measures = measures.map((m) => {
        const next = m.code === measureCode ? { ...m, ...defined(rest) } : m;
        if (m.code === measureCode && goalCode !== undefined) next.goal = goalRef(goalCode);
        if (renamed && m.parent?.code === measureCode) next.parent = { ...m.parent, code: renamed };
        return next;
      });
    } else if (change.moveMeasure) {
      const { measureCode, parentCode, position } = change.moveMeasure;
      const node = measures.find((m) => m.code === measureCode);
      if (node) {
        const moved = { ...node, parent: measureRef(parentCode) };
        const rest = measures.filter((m) => m !== node);
        const siblings = rest.filter((m) => (m.parent?.code ?? null) === (parentCode ?? null));
        const anchor = siblings[position];
        const at = anchor ? rest.indexOf(anchor) : rest.length;
        measures = [...rest.slice(0, at), moved, ...rest.slice(at)];
      }
    } else if (change.withdrawMeasure) {
      withdrawn.add(change.withdrawMeasure.measureCode);
    } else if (change.removeMeasure) {
      const gone = new Set([change.removeMeasure.measureCode]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const m of measures) {
          if (m.parent && gone.has(m.parent.code) && !gone.has(m.code)) {
            gone.add(m.code);
            grew = true;
          }
        }
      }
      measures = measures.filter((m) => !gone.has(m.code));
    } else if (change.setAssignments) {
      const { measureCode, leadCode, participantCodes } = change.setAssignments;
      measures = measures.map((m) =>
        m.code === measureCode
          ? {
              ...m,
              assignments: [
                ...m.assignments.filter((a) => a.inherited),
                ...assignmentsOf(departments, leadCode, participantCodes),
              ],
            }
          : m,
      );
    } else if (change.addIndicator || change.updateIndicator) {
      const v = (change.addIndicator ?? change.updateIndicator)!;
      const existing = v.indicatorCode ? indicators.find((i) => i.code === v.indicatorCode) : undefined;
      const { indicatorCode: _code, goalCode, measureCode, departmentCode, ...fields } = v;
      const next: EditorIndicator = {
        ...(existing ?? {
          id: `staged-indicator-${v.code}`,
          ...NOT_IMPORTED,
          code: v.code ?? '',
          name: '',
          unit: null,
          baseline: null,
          baselineYear: null,
          target: null,
          targetDate: base.endsOn,
          direction: 'INCREASE',
          targetKind: 'NUMERIC',
          targetText: '',
          goal: { id: '', code: '' },
          measure: null,
          department: { code: '', name: '' },
        }),
        ...(defined(fields) as Partial<EditorIndicator>),
      };
      if (goalCode) next.goal = goalRef(goalCode) ?? next.goal;
      if (measureCode !== undefined) next.measure = measureRef(measureCode);
      if (departmentCode) next.department = unit(departments, departmentCode);
      indicators = existing ? indicators.map((i) => (i === existing ? next : i)) : [...indicators, next];
    }
  }
  return { plan: { ...base, goals, measures, indicators }, withdrawn };
}

/** The tree key a change touches (where its refusal shows). */
export function keyOf(change: RevisionChangeInput): string {
  if (change.addGoal) return goalKey(change.addGoal.code);
  if (change.updateGoal) return goalKey(change.updateGoal.code ?? change.updateGoal.goalCode);
  const measure =
    change.addMeasure?.code ??
    change.updateMeasure?.code ??
    change.updateMeasure?.measureCode ??
    change.moveMeasure?.measureCode ??
    change.withdrawMeasure?.measureCode ??
    change.removeMeasure?.measureCode ??
    change.setAssignments?.measureCode;
  if (measure) return measureKey(measure);
  const indicator = change.addIndicator ?? change.updateIndicator;
  return `indicator:${indicator?.code ?? indicator?.indicatorCode ?? ''}`;
}

/** The index of the staged change a server refusal names (input.changes[3]… or changes.3…), or null. */
export function changeIndexOf(field: string | null | undefined): number | null {
  const match = field ? /changes(?:\[|\.)(\d+)/.exec(field) : null;
  return match ? Number(match[1]) : null;
}
