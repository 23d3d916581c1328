import { notFound } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { indicatorLoaders, type PlanIndicators } from './indicator.loader';
import type { IndicatorRow } from './indicator.table';

function ofPlan(scope: RequestScope, planId: number): MaybePromise<PlanIndicators> {
  return scope.get(indicatorLoaders).ofPlan.load(planId);
}

/** A plan's indicators in document order. */
export function getIndicatorsOfPlan(scope: RequestScope, planId: number): MaybePromise<IndicatorRow[]> {
  return andThen(ofPlan(scope, planId), (set) => set.list);
}

/** The indicators that measure a goal. */
export function getIndicatorsOfGoal(scope: RequestScope, planId: number, goalId: number): MaybePromise<IndicatorRow[]> {
  return andThen(ofPlan(scope, planId), (set) => set.byGoal.get(goalId) ?? []);
}

/** The indicators tied to one measure. */
export function getIndicatorsOfMeasure(
  scope: RequestScope,
  planId: number,
  measureId: number,
): MaybePromise<IndicatorRow[]> {
  return andThen(ofPlan(scope, planId), (set) => set.byMeasure.get(measureId) ?? []);
}

/** The indicators a department reports, in one plan or all. */
export function getIndicatorsOfDepartment(
  scope: RequestScope,
  departmentId: number,
  planId?: number,
): MaybePromise<IndicatorRow[]> {
  if (planId !== undefined) return andThen(ofPlan(scope, planId), (set) => set.byDepartment.get(departmentId) ?? []);
  return scope.get(indicatorLoaders).ofDepartment.load(departmentId);
}

/** An indicator of a plan by code, or NOT_FOUND naming the argument at fault. */
export function getIndicatorByCode(
  scope: RequestScope,
  planId: number,
  code: string,
  field = 'indicatorCode',
): MaybePromise<IndicatorRow> {
  return andThen(ofPlan(scope, planId), (set) => {
    const indicator = set.byCode.get(code);
    if (!indicator) throw notFound('INDICATOR_NOT_FOUND', field, '指标', code);
    return indicator;
  });
}

/** An indicator of a plan by id (an internal reference: a miss is a broken invariant). */
export function getIndicatorById(scope: RequestScope, planId: number, id: number): MaybePromise<IndicatorRow> {
  return andThen(ofPlan(scope, planId), (set) => {
    const indicator = set.byId.get(id);
    if (!indicator) throw new Error(`indicator ${id} of plan ${planId} vanished`);
    return indicator;
  });
}
