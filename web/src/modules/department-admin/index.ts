// The department register's surface for other modules. DepartmentRegisterPage is routed by app/ directly.
export { useCanManageDepartments } from './useCanManageDepartments';
