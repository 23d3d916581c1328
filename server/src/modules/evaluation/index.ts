import { PlanEvaluationResolver } from './evaluation.resolver';

export { IndicatorVerdict, MeasureVerdict, OpenItemKind } from './evaluation.enum';
export { getPlanEvaluation, type PlanEvaluationShape } from './evaluation.service';
export { PlanEvaluation } from './evaluation.type';

export const evaluationResolvers = [PlanEvaluationResolver] as const;
