import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { progressReports } from '../progress';

/** How many standing (not withdrawn) reports each department has filed in a plan: one statement. */
export async function countReportsByDepartment(db: Db, planId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ departmentId: progressReports.departmentId, reports: count() })
    .from(progressReports)
    .where(and(eq(progressReports.planId, planId), isNull(progressReports.withdrawnAt)))
    .groupBy(progressReports.departmentId);
  return new Map(rows.map((row) => [row.departmentId, Number(row.reports)]));
}
