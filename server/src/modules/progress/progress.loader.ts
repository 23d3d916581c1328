import DataLoader from 'dataloader';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import {
  listLatestReportsOfPlans,
  listObservationsOfIndicators,
  listReportsByIds,
  listReportsOfMeasures,
  listReviewsOfReports,
} from './progress.repository';
import type { IndicatorObservationRow, ProgressReportReviewRow, ProgressReportRow } from './progress.table';

export interface LatestReports {
  /** Latest report per department, by measure. */
  byMeasure: Map<number, ProgressReportRow[]>;
}

/** Per-request loaders of reported data. Never cached beyond the request: reports change all the time. */
export function progressLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    latestOfPlan: new DataLoader<number, LatestReports>(async (planIds) => {
      const rows = await listLatestReportsOfPlans(db, planIds);
      const byPlan = groupBy(rows, (row) => row.planId);
      return planIds.map((id) => ({ byMeasure: groupBy(byPlan.get(id) ?? [], (row) => row.measureId) }));
    }),
    /** Keyed by measure, page size and cursor: measures asking for the same page share one statement. */
    reportsOf: new DataLoader<{ measureId: number; first: number; beforeId?: number }, ProgressReportRow[], string>(
      async (keys) => {
        const pages = groupBy(keys, (key) => `${key.first}:${key.beforeId ?? ''}`);
        const results = new Map<string, ProgressReportRow[]>();
        for (const group of pages.values()) {
          const { first, beforeId } = group[0]!;
          const rows = await listReportsOfMeasures(
            db,
            group.map((key) => key.measureId),
            first,
            beforeId,
          );
          const byMeasure = groupBy(rows, (row) => row.measureId);
          for (const key of group) results.set(JSON.stringify(key), byMeasure.get(key.measureId) ?? []);
        }
        return keys.map((key) => results.get(JSON.stringify(key)) ?? []);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    byId: new DataLoader<number, ProgressReportRow | null>(async (ids) => {
      const rows = await listReportsByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Review decisions by report, oldest first. */
    reviewsOf: new DataLoader<number, ProgressReportReviewRow[]>(async (reportIds) => {
      const groups = groupBy(await listReviewsOfReports(db, reportIds), (row) => row.reportId);
      return reportIds.map((id) => groups.get(id) ?? []);
    }),
    observationsOf: new DataLoader<number, IndicatorObservationRow[]>(async (indicatorIds) => {
      const groups = groupBy(await listObservationsOfIndicators(db, indicatorIds), (row) => row.indicatorId);
      return indicatorIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
