import { DepartmentResolver } from './department.resolver';

export { DepartmentKind, DepartmentState } from './department.enum';
export {
  findDepartmentByCode,
  insertDepartment,
  listDepartments,
  listMemberships,
  lockRegister,
  passMemberships,
  passOffices,
  replaceMembers,
  updateDepartment,
} from './department.repository';
export { normalizeName, retiredProblem } from './department.rules';
export {
  actsFor,
  getDepartmentByCode,
  getDepartmentById,
  getDepartmentByName,
  getDepartments,
  getDepartmentsByIds,
  getDepartmentsNamed,
  getGroupIdsOf,
  getMemberIdsOf,
  getMembers,
  getPredecessorIdsOf,
} from './department.service';
export type { DepartmentMemberRow, DepartmentRow, FormerName } from './department.table';
export { departmentMembers, departments } from './department.table';
export { Department } from './department.type';

export const departmentResolvers = [DepartmentResolver] as const;
