import { PlanRevisionResolver, PlanRevisionsResolver } from './plan-revision.resolver';

export type { PlanRevisionRow } from './plan-revision.table';
export { planRevisions } from './plan-revision.table';

export const planRevisionResolvers = [PlanRevisionResolver, PlanRevisionsResolver] as const;
