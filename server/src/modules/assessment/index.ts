import { AssessmentResolver, PlanAssessmentWeightsResolver } from './assessment.resolver';

export type { ReportingTally } from './assessment.rules';
export { getReportingTallies } from './assessment.service';
export { assessmentWeights } from './assessment.table';
export { ReportingRecord } from './assessment.type';

export const assessmentResolvers = [AssessmentResolver, PlanAssessmentWeightsResolver] as const;
export { circularDocx, lateRows, periodWords, praisedRows } from './circular.docx';
