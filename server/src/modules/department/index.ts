import { DepartmentResolver } from './department.resolver';

export { DepartmentKind } from './department.enum';
export { findDepartmentByCode } from './department.repository';
export {
  actsFor,
  getDepartmentByCode,
  getDepartmentById,
  getDepartments,
  getDepartmentsByIds,
  getGroupIdsOf,
  getMemberIdsOf,
} from './department.service';
export type { DepartmentRow } from './department.table';
export { departmentMembers, departments } from './department.table';
export { Department } from './department.type';

export const departmentResolvers = [DepartmentResolver] as const;
