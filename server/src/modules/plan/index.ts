import { PlanResolver } from './plan.resolver';

export { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';
export { planLifecycle, planPhase } from './plan.rules';
export { getPlanByCode, getPlanById, getPlans, planOfficeOf } from './plan.service';
export type { NewPlanRow, PlanRow } from './plan.table';
export { plans } from './plan.table';
export { Plan } from './plan.type';

export const planResolvers = [PlanResolver] as const;
