import type { RequestScope } from '../../shared/request-scope';
import { goalLoaders } from './goal.loader';
import type { GoalRow } from './goal.table';

/** A plan's goals in document order. */
export async function getGoalsOfPlan(scope: RequestScope, planId: number): Promise<GoalRow[]> {
  return (await scope.get(goalLoaders).ofPlan.load(planId)).list;
}

/** One goal of a plan by id (an internal reference: a miss is a broken invariant). */
export async function getGoalById(scope: RequestScope, planId: number, goalId: number): Promise<GoalRow> {
  const goal = (await scope.get(goalLoaders).ofPlan.load(planId)).byId.get(goalId);
  if (!goal) throw new Error(`goal ${goalId} of plan ${planId} vanished`);
  return goal;
}
