import { requireReader } from '../../shared/access';
import { notFound } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { type DepartmentRegister, departmentLoaders } from './department.loader';
import { normalizeName } from './department.rules';
import type { DepartmentRow } from './department.table';

function register(scope: RequestScope): MaybePromise<DepartmentRegister> {
  return scope.get(departmentLoaders).register.load('all');
}

function byIds(index: DepartmentRegister, ids: readonly number[]): DepartmentRow[] {
  return ids.map((id) => {
    const department = index.byId.get(id);
    if (!department) throw new Error(`department ${id} vanished`);
    return department;
  });
}

/** Every department in the register. */
export function getDepartments(scope: RequestScope): MaybePromise<DepartmentRow[]> {
  requireReader(scope);
  return andThen(register(scope), (index) => index.list);
}

/** The department with this code, or NOT_FOUND naming the argument at fault. */
export function getDepartmentByCode(scope: RequestScope, code: string, field = 'code'): MaybePromise<DepartmentRow> {
  requireReader(scope);
  return andThen(register(scope), (index) => {
    const department = index.byCode.get(code);
    if (!department) throw notFound('DEPARTMENT_NOT_FOUND', field, '部门', code);
    return department;
  });
}

/**
 * The department a document's name means: its current name or one of its aliases (区市场监管局), compared without
 * spaces; null when no unit goes by it. A retired unit is returned as it is: its `mergedIntoId` says where it went.
 */
export function getDepartmentByName(scope: RequestScope, name: string): MaybePromise<DepartmentRow | null> {
  requireReader(scope);
  return andThen(register(scope), (index) => index.byName.get(normalizeName(name)) ?? null);
}

/** Every unit whose current name or alias is one of `names` (normalised), for the register's uniqueness checks. */
export function getDepartmentsNamed(scope: RequestScope, names: readonly string[]): MaybePromise<DepartmentRow[]> {
  return andThen(register(scope), (index) => [
    ...new Set(names.flatMap((name) => index.byName.get(normalizeName(name)) ?? [])),
  ]);
}

/** The department with this id (an internal reference: a miss is a broken invariant). */
export function getDepartmentById(scope: RequestScope, id: number): MaybePromise<DepartmentRow> {
  return andThen(register(scope), (index) => byIds(index, [id])[0] as DepartmentRow);
}

/** Departments by id, in the order given. */
export function getDepartmentsByIds(scope: RequestScope, ids: readonly number[]): MaybePromise<DepartmentRow[]> {
  return andThen(register(scope), (index) => byIds(index, ids));
}

/** The member units of a group (各镇、街道), in document order; empty for any other department. */
export function getMembers(scope: RequestScope, department: DepartmentRow): MaybePromise<DepartmentRow[]> {
  return andThen(register(scope), (index) => byIds(index, index.memberIdsOf.get(department.id) ?? []));
}

/** The groups a unit belongs to. */
export function getGroups(scope: RequestScope, department: DepartmentRow): MaybePromise<DepartmentRow[]> {
  return andThen(register(scope), (index) => byIds(index, index.groupIdsOf.get(department.id) ?? []));
}

/** The ids of the groups a unit belongs to (a town's 各镇、街道). */
export function getGroupIdsOf(scope: RequestScope, departmentId: number): MaybePromise<number[]> {
  return andThen(register(scope), (index) => index.groupIdsOf.get(departmentId) ?? []);
}

/**
 * The ids of the units that speak for a department besides itself: a group's member units, and the units merged
 * into it (机构改革), whose past reports, notices and reads are its history (docs/SUPERVISION.md, "Departments
 * renamed, merged and retired"). Empty for a unit that is neither.
 */
export function getMemberIdsOf(scope: RequestScope, departmentId: number): MaybePromise<number[]> {
  return andThen(register(scope), (index) => [
    ...(index.memberIdsOf.get(departmentId) ?? []),
    ...(index.predecessorIdsOf.get(departmentId) ?? []),
  ]);
}

/** The ids of the units merged into a department, directly or through a chain. */
export function getPredecessorIdsOf(scope: RequestScope, departmentId: number): MaybePromise<number[]> {
  return andThen(register(scope), (index) => index.predecessorIdsOf.get(departmentId) ?? []);
}

/**
 * The one rule of who acts for whom: a unit acts for itself and for every group it is a member of (a town of
 * 各镇、街道 reports, answers notices and reads instructions for the group); a unit merged into another acted for
 * it (its past reports count for its successor). True when `unitId` acts for one of `departmentIds`.
 */
export function actsFor(
  scope: RequestScope,
  unitId: number,
  departmentIds: { has(id: number): boolean },
): MaybePromise<boolean> {
  if (departmentIds.has(unitId)) return true;
  return andThen(register(scope), (index) => {
    if ((index.groupIdsOf.get(unitId) ?? []).some((id) => departmentIds.has(id))) return true;
    // A merged unit's successors, following a chain of merges (guarded against a cycle the rules never make).
    const seen = new Set([unitId]);
    for (let next = index.byId.get(unitId)?.mergedIntoId ?? null; next !== null && !seen.has(next); ) {
      if (departmentIds.has(next)) return true;
      seen.add(next);
      next = index.byId.get(next)?.mergedIntoId ?? null;
    }
    return false;
  });
}
