import { PlanEvaluationResolver } from './evaluation.resolver';

export { PlanEvaluation } from './evaluation.type';

export const evaluationResolvers = [PlanEvaluationResolver] as const;
