import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { goalLoaders } from './goal.loader';
import type { GoalRow } from './goal.table';

/** A plan's goals in document order. */
export function getGoalsOfPlan(scope: RequestScope, planId: number): MaybePromise<GoalRow[]> {
  return andThen(scope.get(goalLoaders).ofPlan.load(planId), (index) => index.list);
}

/** One goal of a plan by id (an internal reference: a miss is a broken invariant). */
export function getGoalById(scope: RequestScope, planId: number, goalId: number): MaybePromise<GoalRow> {
  return andThen(scope.get(goalLoaders).ofPlan.load(planId), (index) => {
    const goal = index.byId.get(goalId);
    if (!goal) throw new Error(`goal ${goalId} of plan ${planId} vanished`);
    return goal;
  });
}
