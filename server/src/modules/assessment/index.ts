import { AssessmentResolver, PlanAssessmentWeightsResolver } from './assessment.resolver';

export { AssessmentPartKind } from './assessment.enum';
export { DEFAULT_WEIGHTS } from './assessment.rules';
export { assessmentWeights } from './assessment.table';

export const assessmentResolvers = [AssessmentResolver, PlanAssessmentWeightsResolver] as const;
