import { notFound } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { indicatorLoaders } from './indicator.loader';
import type { IndicatorRow } from './indicator.table';

/** A plan's indicators in document order. */
export async function getIndicatorsOfPlan(scope: RequestScope, planId: number): Promise<IndicatorRow[]> {
  return (await scope.get(indicatorLoaders).ofPlan.load(planId)).list;
}

/** The indicators that measure a goal. */
export async function getIndicatorsOfGoal(scope: RequestScope, planId: number, goalId: number) {
  return (await scope.get(indicatorLoaders).ofPlan.load(planId)).byGoal.get(goalId) ?? [];
}

/** The indicators tied to one measure. */
export async function getIndicatorsOfMeasure(scope: RequestScope, planId: number, measureId: number) {
  return (await scope.get(indicatorLoaders).ofPlan.load(planId)).byMeasure.get(measureId) ?? [];
}

/** The indicators a department reports, in one plan or all. */
export async function getIndicatorsOfDepartment(scope: RequestScope, departmentId: number, planId?: number) {
  const rows = await scope.get(indicatorLoaders).ofDepartment.load(departmentId);
  return planId === undefined ? rows : rows.filter((row) => row.planId === planId);
}

/** An indicator of a plan by code, or NOT_FOUND naming the argument at fault. */
export async function getIndicatorByCode(
  scope: RequestScope,
  planId: number,
  code: string,
  field = 'indicatorCode',
): Promise<IndicatorRow> {
  const indicator = (await scope.get(indicatorLoaders).ofPlan.load(planId)).byCode.get(code);
  if (!indicator) throw notFound('INDICATOR_NOT_FOUND', field, '指标', code);
  return indicator;
}
