import { groupBy, groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listIndicatorsOfDepartments, listIndicatorsOfPlans } from './indicator.repository';
import type { IndicatorRow } from './indicator.table';

export interface PlanIndicators {
  list: IndicatorRow[];
  byGoal: Map<number, IndicatorRow[]>;
  byMeasure: Map<number | null, IndicatorRow[]>;
  byCode: Map<string, IndicatorRow>;
  byId: Map<number, IndicatorRow>;
  byDepartment: Map<number, IndicatorRow[]>;
}

/** Per-request indicator loaders: one statement per plan set and one per department set. */
export function indicatorLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    ofPlan: groupLoader(
      scope,
      'indicator.ofPlan',
      (planIds: readonly number[]) => listIndicatorsOfPlans(db, planIds),
      (row) => row.planId,
      (list): PlanIndicators => ({
        list,
        byGoal: groupBy(list, (row) => row.goalId),
        byMeasure: groupBy(list, (row) => row.measureId),
        byCode: new Map(list.map((row) => [row.code, row])),
        byId: new Map(list.map((row) => [row.id, row])),
        byDepartment: groupBy(list, (row) => row.departmentId),
      }),
    ),
    ofDepartment: groupLoader(
      scope,
      'indicator.ofDepartment',
      (departmentIds: readonly number[]) => listIndicatorsOfDepartments(db, departmentIds),
      (row) => row.departmentId,
      (list) => list,
    ),
  };
}
