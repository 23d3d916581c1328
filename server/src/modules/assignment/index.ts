import {
  AssignmentResolver,
  DepartmentAssignmentsResolver,
  MeasureAssignmentsResolver,
  PlanDepartmentsResolver,
} from './assignment.resolver';

export { AssignmentRole } from './assignment.enum';
export {
  type AssignmentView,
  getAssignmentsOfDepartment,
  getAssignmentsOfMeasure,
  getDepartmentsOfPlan,
} from './assignment.service';
export { assignments, type EndedAssignmentRow, endedAssignments } from './assignment.table';
export { Assignment } from './assignment.type';

export const assignmentResolvers = [
  AssignmentResolver,
  MeasureAssignmentsResolver,
  DepartmentAssignmentsResolver,
  PlanDepartmentsResolver,
] as const;
