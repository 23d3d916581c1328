// The department register's surface for other modules. DepartmentRegisterPage is routed by app/ directly.

export { KIND_LABEL } from './kind-labels';
export { useCanManageDepartments } from './useCanManageDepartments';
