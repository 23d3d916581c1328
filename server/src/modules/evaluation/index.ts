import { PlanEvaluationResolver } from './evaluation.resolver';

export { IndicatorVerdict, MeasureVerdict } from './evaluation.enum';
export {
  getPlanEvaluation,
  type IndicatorEvaluationShape,
  type MeasureEvaluationShape,
  type PlanEvaluationShape,
} from './evaluation.service';
export { PlanEvaluation } from './evaluation.type';

export const evaluationResolvers = [PlanEvaluationResolver] as const;
