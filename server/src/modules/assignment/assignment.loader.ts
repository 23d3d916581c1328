import { groupBy, groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import {
  listAssignmentsOfDepartments,
  listAssignmentsOfPlans,
  listEndedAssignmentsOfPlans,
} from './assignment.repository';
import type { AssignmentRow, EndedAssignmentRow } from './assignment.table';

export interface PlanAssignments {
  list: AssignmentRow[];
  byMeasure: Map<number, AssignmentRow[]>;
  byDepartment: Map<number, AssignmentRow[]>;
}

/** Per-request assignment loaders: one statement per plan set and one per department set. */
export function assignmentLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    ofPlan: groupLoader(
      scope,
      'assignment.ofPlan',
      (planIds: readonly number[]) => listAssignmentsOfPlans(db, planIds),
      (row) => row.planId,
      (list): PlanAssignments => ({
        list,
        byMeasure: groupBy(list, (row) => row.measureId),
        byDepartment: groupBy(list, (row) => row.departmentId),
      }),
    ),
    ofDepartment: groupLoader(
      scope,
      'assignment.ofDepartment',
      (departmentIds: readonly number[]) => listAssignmentsOfDepartments(db, departmentIds),
      (row) => row.departmentId,
      (list) => list,
    ),
    /** The duties revisions ended in a plan, by measure: one statement per plan set. */
    endedOfPlan: groupLoader(
      scope,
      'assignment.endedOfPlan',
      (planIds: readonly number[]) => listEndedAssignmentsOfPlans(db, planIds),
      (row) => row.planId,
      (list): Map<number, EndedAssignmentRow[]> => groupBy(list, (row) => row.measureId),
    ),
  };
}
