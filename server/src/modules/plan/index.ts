import { PlanResolver } from './plan.resolver';

export { PlanPhase } from './plan.enum';
export { planPhase } from './plan.rules';
export { getPlanByCode, getPlanById, getPlans } from './plan.service';
export type { NewPlanRow, PlanRow } from './plan.table';
export { plans } from './plan.table';
export { Plan } from './plan.type';

export const planResolvers = [PlanResolver] as const;
