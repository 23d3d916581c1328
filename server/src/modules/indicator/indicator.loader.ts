import type { Db } from '../../db/client';
import { groupBy, groupLoader } from '../../shared/loader';
import { listIndicatorsOfDepartments, listIndicatorsOfPlans } from './indicator.repository';
import type { IndicatorRow } from './indicator.table';

export interface PlanIndicators {
  list: IndicatorRow[];
  byGoal: Map<number, IndicatorRow[]>;
  byMeasure: Map<number | null, IndicatorRow[]>;
  byCode: Map<string, IndicatorRow>;
}

/** Per-request indicator loaders: one statement per plan set and one per department set. */
export function indicatorLoaders(db: Db) {
  return {
    ofPlan: groupLoader(
      (planIds: readonly number[]) => listIndicatorsOfPlans(db, planIds),
      (row) => row.planId,
      (list): PlanIndicators => ({
        list,
        byGoal: groupBy(list, (row) => row.goalId),
        byMeasure: groupBy(list, (row) => row.measureId),
        byCode: new Map(list.map((row) => [row.code, row])),
      }),
    ),
    ofDepartment: groupLoader(
      (departmentIds: readonly number[]) => listIndicatorsOfDepartments(db, departmentIds),
      (row) => row.departmentId,
      (list) => list,
    ),
  };
}
