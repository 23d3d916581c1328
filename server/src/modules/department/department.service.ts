import { notFound } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { departmentLoaders } from './department.loader';
import { listDepartments } from './department.repository';
import type { DepartmentRow } from './department.table';

/** Every department in the register. */
export function getDepartments(scope: RequestScope): Promise<DepartmentRow[]> {
  return listDepartments(scope.db);
}

/** The department with this code, or NOT_FOUND naming the argument at fault. */
export async function getDepartmentByCode(scope: RequestScope, code: string, field = 'code'): Promise<DepartmentRow> {
  const department = await scope.get(departmentLoaders).byCode.load(code);
  if (!department) throw notFound('DEPARTMENT_NOT_FOUND', field, '部门', code);
  return department;
}

/** The department with this id (an internal reference: a miss is a broken invariant). */
export async function getDepartmentById(scope: RequestScope, id: number): Promise<DepartmentRow> {
  const department = await scope.get(departmentLoaders).byId.load(id);
  if (!department) throw new Error(`department ${id} vanished`);
  return department;
}

/** Departments by id, in the order given. */
export function getDepartmentsByIds(scope: RequestScope, ids: readonly number[]): Promise<DepartmentRow[]> {
  return Promise.all(ids.map((id) => getDepartmentById(scope, id)));
}

/** The member units of a group (各镇、街道), in document order; empty for any other department. */
export async function getMembers(scope: RequestScope, department: DepartmentRow): Promise<DepartmentRow[]> {
  const ids = await scope.get(departmentLoaders).memberIdsOfGroup.load(department.id);
  return getDepartmentsByIds(scope, ids);
}

/** The groups a unit belongs to. */
export async function getGroups(scope: RequestScope, department: DepartmentRow): Promise<DepartmentRow[]> {
  const ids = await scope.get(departmentLoaders).groupIdsOfMember.load(department.id);
  return getDepartmentsByIds(scope, ids);
}
