import {
  AssignmentResolver,
  DepartmentAssignmentsResolver,
  DepartmentEndedDutiesResolver,
  EndedDutyResolver,
  MeasureAssignmentsResolver,
  PlanDepartmentsResolver,
} from './assignment.resolver';

export { AssignmentRole } from './assignment.enum';
export { answerableOn, type DutyTerm, holdsOn, termsOf } from './assignment.rules';
export {
  type AssignmentView,
  assignmentKey,
  getAssignmentsOfDepartment,
  getAssignmentsOfLineage,
  getAssignmentsOfMeasure,
  getDepartmentsOfPlan,
  getDepartmentsWithDutiesOfPlan,
  getDutyTermsOfMeasure,
} from './assignment.service';
export { type AssignmentRow, assignments, type EndedAssignmentRow, endedAssignments } from './assignment.table';
export { Assignment } from './assignment.type';

export const assignmentResolvers = [
  AssignmentResolver,
  EndedDutyResolver,
  DepartmentEndedDutiesResolver,
  MeasureAssignmentsResolver,
  DepartmentAssignmentsResolver,
  PlanDepartmentsResolver,
] as const;
