import { DepartmentAdminResolver } from './department-admin.resolver';

export {
  createDepartment,
  type ImportedUnitChange,
  mergeDepartment,
  registerImportedUnits,
  renameDepartment,
  retireDepartment,
  setDepartmentAliases,
  setDepartmentMembers,
} from './department-admin.service';

export const departmentAdminResolvers = [DepartmentAdminResolver] as const;
