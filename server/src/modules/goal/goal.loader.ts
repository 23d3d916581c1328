import { groupLoader } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listGoalsOfPlans } from './goal.repository';
import type { GoalRow } from './goal.table';

export interface GoalIndex {
  list: GoalRow[];
  byId: Map<number, GoalRow>;
}

/** Per-request goal loaders: a plan's goals are read in one statement, batched across plans. */
export function goalLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    ofPlan: groupLoader(
      scope,
      'goal.ofPlan',
      (planIds: readonly number[]) => listGoalsOfPlans(db, planIds),
      (row) => row.planId,
      (list): GoalIndex => ({ list, byId: new Map(list.map((goal) => [goal.id, goal])) }),
    ),
  };
}
