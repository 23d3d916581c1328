import DataLoader from 'dataloader';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import {
  listNoticeFactsOfPlans,
  listReportFactsOfPlans,
  listWeightsOfPlans,
  type NoticeFacts,
  type ReportFacts,
} from './assessment.repository';
import type { AssessmentWeightsRow } from './assessment.table';

/** Per-request loaders, one statement each whatever the number of departments (batched across plans). */
export function assessmentLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    weightsOf: new DataLoader<number, AssessmentWeightsRow | null>(async (planIds) => {
      const rows = await listWeightsOfPlans(db, planIds);
      return planIds.map((id) => rows.find((row) => row.planId === id) ?? null);
    }),
    reportsOf: new DataLoader<number, ReportFacts[]>(async (planIds) => {
      const byPlan = groupBy(await listReportFactsOfPlans(db, planIds), (row) => row.planId);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
    noticesOf: new DataLoader<number, NoticeFacts[]>(async (planIds) => {
      const byPlan = groupBy(await listNoticeFactsOfPlans(db, planIds), (row) => row.planId);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
  };
}
