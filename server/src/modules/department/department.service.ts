import { requireReader } from '../../shared/access';
import { notFound } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { type DepartmentRegister, departmentLoaders } from './department.loader';
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

/** The ids of a group's member units (empty for any other department). */
export function getMemberIdsOf(scope: RequestScope, departmentId: number): MaybePromise<number[]> {
  return andThen(register(scope), (index) => index.memberIdsOf.get(departmentId) ?? []);
}

/**
 * The one rule of who acts for whom: a unit acts for itself and for every group it is a member of (a town of
 * 各镇、街道 reports, answers notices and reads instructions for the group). True when `unitId` acts for one of
 * `departmentIds`.
 */
export function actsFor(
  scope: RequestScope,
  unitId: number,
  departmentIds: { has(id: number): boolean },
): MaybePromise<boolean> {
  if (departmentIds.has(unitId)) return true;
  return andThen(register(scope), (index) => (index.groupIdsOf.get(unitId) ?? []).some((id) => departmentIds.has(id)));
}
