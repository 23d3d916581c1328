import DataLoader from 'dataloader';
import { chinaDate } from '../../shared/clock';
import { groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listReportedPeriodsOfPlans, listReportingCyclesOfPlans } from './supervision.repository';
import type { ReportedPeriod } from './supervision.rules';
import type { ReportingCycleRow } from './supervision.table';

export interface PlanCycles {
  /** The plan's own row (measure_id null), if the office has set one. */
  plan: ReportingCycleRow | null;
  byMeasure: Map<number, ReportingCycleRow>;
}

/** Per-request loaders of supervision settings and reported periods: reported data, never cached beyond the request. */
export function supervisionLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    cyclesOfPlan: new DataLoader<number, PlanCycles>(async (planIds) => {
      const byPlan = groupBy(await listReportingCyclesOfPlans(db, planIds), (row) => row.planId);
      return planIds.map((id) => {
        const rows = byPlan.get(id) ?? [];
        return {
          plan: rows.find((row) => row.measureId === null) ?? null,
          byMeasure: new Map(rows.filter((row) => row.measureId !== null).map((row) => [row.measureId!, row])),
        };
      });
    }),
    /** Reported periods by measure, then by department, each with the Beijing date it was first reported on. */
    reportedPeriodsOfPlan: new DataLoader<number, ReportedPeriods>(async (planIds) => {
      const byPlan = groupBy(await listReportedPeriodsOfPlans(db, planIds), (row) => row.planId);
      return planIds.map((id) => reportedPeriodsByMeasure(byPlan.get(id) ?? []));
    }),
  };
}

/** Reported periods by measure, then by department. */
export type ReportedPeriods = Map<number, Map<number, ReportedPeriod[]>>;

/** Rows of reported periods (listReportedPeriodsOf…) by measure, then by department. */
export function reportedPeriodsByMeasure(
  rows: readonly { measureId: number; departmentId: number; period: string; firstSubmittedAt: Date | string | null }[],
): ReportedPeriods {
  const byMeasure: ReportedPeriods = new Map();
  for (const row of rows) {
    let byDepartment = byMeasure.get(row.measureId);
    if (!byDepartment) {
      byDepartment = new Map();
      byMeasure.set(row.measureId, byDepartment);
    }
    const reported: ReportedPeriod = row.firstSubmittedAt
      ? { period: row.period, submittedOn: chinaDate(new Date(row.firstSubmittedAt)) }
      : { period: row.period };
    const periods = byDepartment.get(row.departmentId);
    if (periods) periods.push(reported);
    else byDepartment.set(row.departmentId, [reported]);
  }
  return byMeasure;
}
