import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { type DepartmentRow, getDepartmentById, getDepartmentsByIds, getGroupIdsOf, getMembers } from '../department';
import { getMeasureIndex, type MeasureIndex, type MeasureRow } from '../measure';
import type { AssignmentRole } from './assignment.enum';
import { assignmentLoaders, type PlanAssignments } from './assignment.loader';
import type { DutyTerm } from './assignment.rules';
import type { AssignmentRow, EndedAssignmentRow } from './assignment.table';

/** An assignment as a reader sees it: the document's own, or one a measure inherits from its project. */
export interface AssignmentView
  extends Pick<AssignmentRow, 'planId' | 'measureId' | 'departmentId' | 'role' | 'since'> {
  /** The project the assignment was inherited from; null when the document names it on the measure itself. */
  inheritedFromMeasureId: number | null;
  /**
   * Set when the assignment is listed for a member unit of the assigned group (a town of 各镇、街道): that unit.
   * The assignment stays the group's (`departmentId`); the unit holds it through the group and acts for it.
   */
  forMemberId: number | null;
}

const own = (row: AssignmentRow): AssignmentView => ({ ...row, inheritedFromMeasureId: null, forMemberId: null });

// Views derived from cached catalog rows, memoised on the cached row set they come from: the memo lives exactly
// as long as that catalog version's rows, and warm requests allocate nothing for them.
const assignmentMemo = new WeakMap<PlanAssignments, Map<number, AssignmentView[]>>();
const departmentMemo = new WeakMap<PlanAssignments, Map<string, DepartmentRow[]>>();

function memoFor<K, V>(memo: WeakMap<PlanAssignments, Map<K, V>>, key: PlanAssignments): Map<K, V> {
  let map = memo.get(key);
  if (!map) {
    map = new Map();
    memo.set(key, map);
  }
  return map;
}

function effectiveAssignments(byPlan: PlanAssignments, index: MeasureIndex, measure: MeasureRow): AssignmentView[] {
  const memo = memoFor(assignmentMemo, byPlan);
  let views = memo.get(measure.id);
  if (!views) {
    views = [];
    for (const node of index.lineage(measure)) {
      const rows = byPlan.byMeasure.get(node.id);
      if (!rows) continue;
      views =
        node.id === measure.id
          ? rows.map(own)
          : rows.map((row) => ({ ...row, measureId: measure.id, inheritedFromMeasureId: node.id, forMemberId: null }));
      break;
    }
    memo.set(measure.id, views);
  }
  return views;
}

/**
 * A measure's assignments: its own when the document names departments for it, otherwise its nearest
 * ancestor's (a project's measures inherit the project's 责任部门 and 参与部门).
 */
export function getAssignmentsOfMeasure(scope: RequestScope, measure: MeasureRow): MaybePromise<AssignmentView[]> {
  return andThen(scope.get(assignmentLoaders).ofPlan.load(measure.planId), (byPlan) =>
    andThen(getMeasureIndex(scope, measure.planId), (index) => effectiveAssignments(byPlan, index, measure)),
  );
}

/** The departments with a role on a measure, in the document's order. */
export function getDepartmentsOfMeasure(
  scope: RequestScope,
  measure: MeasureRow,
  role: AssignmentRole,
): MaybePromise<DepartmentRow[]> {
  return andThen(scope.get(assignmentLoaders).ofPlan.load(measure.planId), (byPlan) => {
    const memo = memoFor(departmentMemo, byPlan);
    const key = `${measure.id}:${role}`;
    const known = memo.get(key);
    if (known) return known;
    return andThen(getAssignmentsOfMeasure(scope, measure), (views) =>
      andThen(
        getDepartmentsByIds(
          scope,
          views.filter((view) => view.role === role).map((view) => view.departmentId),
        ),
        (departments) => {
          memo.set(key, departments);
          return departments;
        },
      ),
    );
  });
}

/**
 * A project assignment, then one inherited assignment for each measure beneath the project, except a measure that
 * names its own units (and all below it): those answer through their own, as `effectiveAssignments` reads them.
 */
function withDescendants(row: AssignmentRow, index: MeasureIndex, byPlan: PlanAssignments): AssignmentView[] {
  const views: AssignmentView[] = [own(row)];
  const descend = (measureId: number) => {
    for (const child of index.childrenOf.get(measureId) ?? []) {
      if (byPlan.byMeasure.has(child.id)) continue;
      views.push({ ...row, measureId: child.id, inheritedFromMeasureId: row.measureId, forMemberId: null });
      descend(child.id);
    }
  };
  descend(row.measureId);
  return views;
}

/**
 * A department's assignments, in one plan or all. With `inherited`, a project assignment also yields one for
 * each of the project's measures. With `throughGroups`, a member unit (a town) also gets every assignment of each
 * group it belongs to (各镇、街道), marked with `forMemberId`: it acts for the group (`actsFor`), so the group's
 * tasks are its tasks.
 */
export async function getAssignmentsOfDepartment(
  scope: RequestScope,
  department: DepartmentRow,
  options: { planId?: number; inherited: boolean; throughGroups?: boolean },
): Promise<AssignmentView[]> {
  const groupIds = options.throughGroups ? await getGroupIdsOf(scope, department.id) : [];
  const views: AssignmentView[] = [];
  for (const holderId of [department.id, ...groupIds]) {
    // Within one plan, the plan's own assignment set answers (no statement of its own, whatever the timing).
    const rows =
      options.planId === undefined
        ? await scope.get(assignmentLoaders).ofDepartment.load(holderId)
        : ((await scope.get(assignmentLoaders).ofPlan.load(options.planId)).byDepartment.get(holderId) ?? []);
    const held = (view: AssignmentView): AssignmentView =>
      holderId === department.id ? view : { ...view, forMemberId: department.id };
    if (!options.inherited) views.push(...rows.map((row) => held(own(row))));
    else
      for (const row of rows) {
        const [index, byPlan] = await Promise.all([
          getMeasureIndex(scope, row.planId),
          scope.get(assignmentLoaders).ofPlan.load(row.planId),
        ]);
        views.push(...withDescendants(row, index, byPlan).map(held));
      }
  }
  return views;
}

/**
 * What a reader's cache knows an assignment by: the measure, the department holding it, its role, and the member
 * unit it is listed for. The same duty read through a measure or through a department's list has the same key, so
 * a live event that carries one assignment updates every list that shows it.
 */
export function assignmentKey(view: AssignmentView): string {
  return `${view.planId}:${view.measureId}:${view.departmentId}:${view.role}:${view.forMemberId ?? ''}`;
}

/**
 * The assignments whose state (latest report, warning, reporting status) a change to `measure` may move: the
 * measure's and those of the projects above it (their warnings roll up), each also as listed for the member units
 * of a group (a town's desk lists 各镇、街道's duties as its own). A live event carries these, not every
 * assignment of the departments concerned.
 */
export async function getAssignmentsOfLineage(scope: RequestScope, measure: MeasureRow): Promise<AssignmentView[]> {
  const index = await getMeasureIndex(scope, measure.planId);
  const views: AssignmentView[] = [];
  for (const node of index.lineage(measure)) {
    for (const view of await getAssignmentsOfMeasure(scope, node)) {
      views.push(view);
      const holder = await getDepartmentById(scope, view.departmentId);
      for (const member of await getMembers(scope, holder)) views.push({ ...view, forMemberId: member.id });
    }
  }
  return views;
}

/** Departments that take part in a plan, in order of first mention. */
export function getDepartmentsOfPlan(scope: RequestScope, planId: number): MaybePromise<DepartmentRow[]> {
  return andThen(scope.get(assignmentLoaders).ofPlan.load(planId), ({ list }) =>
    getDepartmentsByIds(scope, [...new Set(list.map((row) => row.departmentId))]),
  );
}

/**
 * A measure's duty terms (方案调整): who holds or held which role from when to when. The assignments in force (their
 * `since`, open-ended) and the duties revisions ended on the measure or a project above it. Reads the plan's
 * assignments and ended duties once (one statement each per request), whatever the number of measures.
 */
export function getDutyTermsOfMeasure(scope: RequestScope, measure: MeasureRow): MaybePromise<DutyTerm[]> {
  return andThen(scope.get(assignmentLoaders).endedOfPlan.load(measure.planId), (ended) =>
    andThen(getAssignmentsOfMeasure(scope, measure), (views) =>
      andThen(getMeasureIndex(scope, measure.planId), (index) => {
        const terms: DutyTerm[] = views.map((view) => ({
          departmentId: view.departmentId,
          role: view.role,
          since: view.since ?? null,
          until: null,
        }));
        for (const node of index.lineage(measure))
          for (const row of ended.get(node.id) ?? [])
            terms.push({ departmentId: row.departmentId, role: row.role, since: row.since, until: row.until });
        return terms;
      }),
    ),
  );
}

/**
 * Departments that hold or held a duty in a plan: those assigned now, then those whose duty a revision ended (原牵头
 * units keep the periods they owed, so 考核 and 终期评估 still judge them).
 */
export function getDepartmentsWithDutiesOfPlan(scope: RequestScope, planId: number): MaybePromise<DepartmentRow[]> {
  return andThen(scope.get(assignmentLoaders).ofPlan.load(planId), ({ list }) =>
    andThen(scope.get(assignmentLoaders).endedOfPlan.load(planId), (ended) =>
      getDepartmentsByIds(scope, [
        ...new Set([
          ...list.map((row) => row.departmentId),
          ...[...ended.values()].flat().map((row) => row.departmentId),
        ]),
      ]),
    ),
  );
}

/**
 * The duties a revision ended for a department in a plan (原牵头 / 原配合, with their spans), from the plan's ended
 * duties read once per request.
 */
export function getEndedDutiesOfDepartment(
  scope: RequestScope,
  department: DepartmentRow,
  planId: number,
): MaybePromise<EndedAssignmentRow[]> {
  return andThen(scope.get(assignmentLoaders).endedOfPlan.load(planId), (ended) =>
    [...ended.values()].flat().filter((row) => row.departmentId === department.id),
  );
}
