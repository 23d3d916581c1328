import { notFound } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import type { MeasureKind } from './measure.enum';
import { type MeasureIndex, measureLoaders } from './measure.loader';
import type { MeasureRow } from './measure.table';

/** The indexed measure tree of a plan. */
export function getMeasureIndex(scope: RequestScope, planId: number): Promise<MeasureIndex> {
  return scope.get(measureLoaders).ofPlan.load(planId);
}

function ofKind(rows: MeasureRow[], kind: MeasureKind | null | undefined): MeasureRow[] {
  return kind ? rows.filter((m) => m.kind === kind) : rows;
}

/** A plan's measures in document order, optionally of one kind. */
export async function getMeasuresOfPlan(scope: RequestScope, planId: number, kind?: MeasureKind | null) {
  return ofKind((await getMeasureIndex(scope, planId)).list, kind);
}

/** A measure of a plan by code, or NOT_FOUND naming the argument at fault. */
export async function getMeasureByCode(scope: RequestScope, planId: number, code: string, field = 'measureCode') {
  const measure = (await getMeasureIndex(scope, planId)).byCode.get(code);
  if (!measure) throw notFound('MEASURE_NOT_FOUND', field, '措施', code);
  return measure;
}

/** A measure by id within its plan (an internal reference: a miss is a broken invariant). */
export async function getMeasureById(scope: RequestScope, planId: number, id: number): Promise<MeasureRow> {
  const measure = (await getMeasureIndex(scope, planId)).byId.get(id);
  if (!measure) throw new Error(`measure ${id} of plan ${planId} vanished`);
  return measure;
}

/** The measures directly under a project. */
export async function getChildren(scope: RequestScope, measure: MeasureRow): Promise<MeasureRow[]> {
  return (await getMeasureIndex(scope, measure.planId)).childrenOf.get(measure.id) ?? [];
}

/** The goal id a measure serves, its own or inherited from its project. */
export async function getGoalIdOf(scope: RequestScope, measure: MeasureRow): Promise<number | null> {
  return (await getMeasureIndex(scope, measure.planId)).goalIdOf(measure);
}

/** Measures serving a goal (projects and, through them, their measures), optionally of one kind. */
export async function getMeasuresServingGoal(
  scope: RequestScope,
  planId: number,
  goalId: number,
  kind?: MeasureKind | null,
): Promise<MeasureRow[]> {
  return ofKind((await getMeasureIndex(scope, planId)).servingGoalOf(goalId), kind);
}
