import { DepartmentAdminResolver } from './department-admin.resolver';

export {
  createDepartment,
  mergeDepartment,
  renameDepartment,
  retireDepartment,
  setDepartmentAliases,
  setDepartmentMembers,
} from './department-admin.service';

export const departmentAdminResolvers = [DepartmentAdminResolver] as const;
