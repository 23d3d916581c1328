import { PlanResolver } from './plan.resolver';

export { PlanLifecycle, PlanPhase, PlanState } from './plan.enum';
export { checkPlanWritable, LIFECYCLE_NAME, type PlanWrite, planLifecycle, planPhase, planTakes } from './plan.rules';
export {
  archivePlan,
  canSeePlan,
  getPlanByCode,
  getPlanById,
  getPlans,
  getWritablePlan,
  planOfficeOf,
  planOfficeTarget,
  requireWritablePlan,
} from './plan.service';
export type { NewPlanRow, PlanRow } from './plan.table';
export { plans } from './plan.table';
export { Plan } from './plan.type';

export const planResolvers = [PlanResolver] as const;
