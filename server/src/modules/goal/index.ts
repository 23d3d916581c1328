import { PlanGoalsResolver } from './goal.resolver';

export { getGoalById, getGoalsOfPlan } from './goal.service';
export type { GoalRow } from './goal.table';
export { goals } from './goal.table';
export { Goal } from './goal.type';

export const goalResolvers = [PlanGoalsResolver] as const;
