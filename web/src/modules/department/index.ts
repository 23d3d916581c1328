// The department module's surface for other modules. DepartmentPage and DeskPage are routed by app/ directly.
export { DepartmentTable } from './DepartmentTable';
