import { DomainError, notFound } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import type { MeasureKind } from './measure.enum';
import { type MeasureIndex, measureLoaders } from './measure.loader';
import type { MeasureRow } from './measure.table';

/** The indexed measure tree of a plan. */
export function getMeasureIndex(scope: RequestScope, planId: number): MaybePromise<MeasureIndex> {
  return scope.get(measureLoaders).ofPlan.load(planId);
}

function ofKind(rows: MeasureRow[], kind: MeasureKind | null | undefined): MeasureRow[] {
  return kind ? rows.filter((m) => m.kind === kind) : rows;
}

/** A plan's measures in document order, optionally of one kind. */
export function getMeasuresOfPlan(
  scope: RequestScope,
  planId: number,
  kind?: MeasureKind | null,
): MaybePromise<MeasureRow[]> {
  return andThen(getMeasureIndex(scope, planId), (index) => ofKind(index.list, kind));
}

/** A measure of a plan by code, or NOT_FOUND naming the argument at fault. */
export function getMeasureByCode(
  scope: RequestScope,
  planId: number,
  code: string,
  field = 'measureCode',
): MaybePromise<MeasureRow> {
  return andThen(getMeasureIndex(scope, planId), (index) => {
    const measure = index.byCode.get(code);
    if (!measure) throw notFound('MEASURE_NOT_FOUND', field, '措施', code);
    return measure;
  });
}

/** A measure by id within its plan (an internal reference: a miss is a broken invariant). */
export function getMeasureById(scope: RequestScope, planId: number, id: number): MaybePromise<MeasureRow> {
  return andThen(getMeasureIndex(scope, planId), (index) => {
    const measure = index.byId.get(id);
    if (!measure) throw new Error(`measure ${id} of plan ${planId} vanished`);
    return measure;
  });
}

/** The measures directly under a project. */
export function getChildren(scope: RequestScope, measure: MeasureRow): MaybePromise<MeasureRow[]> {
  return andThen(getMeasureIndex(scope, measure.planId), (index) => index.childrenOf.get(measure.id) ?? []);
}

/** The goal id a measure serves, its own or inherited from its project. */
export function getGoalIdOf(scope: RequestScope, measure: MeasureRow): MaybePromise<number | null> {
  return andThen(getMeasureIndex(scope, measure.planId), (index) => index.goalIdOf(measure));
}

/** Measures serving a goal (projects and, through them, their measures), optionally of one kind. */
export function getMeasuresServingGoal(
  scope: RequestScope,
  planId: number,
  goalId: number,
  kind?: MeasureKind | null,
): MaybePromise<MeasureRow[]> {
  return andThen(getMeasureIndex(scope, planId), (index) => ofKind(index.servingGoalOf(goalId), kind));
}

/**
 * 撤销: refuses a new duty on a measure a revision withdrew by `asOf` (a report, an urging notice): CONFLICT
 * MEASURE_WITHDRAWN naming the measure, its date and reason. Its reports and history stay readable.
 */
export function refuseWithdrawn(measure: MeasureRow, asOf: string, field = 'input.measureCode'): void {
  if (measure.withdrawnOn === null || measure.withdrawnOn > asOf) return;
  throw new DomainError('CONFLICT', {
    field,
    reason: `措施 ${measure.code} 已于 ${measure.withdrawnOn} 撤销（${measure.withdrawnReason ?? ''}），不再报送和督办`,
    detail: 'MEASURE_WITHDRAWN',
  });
}
