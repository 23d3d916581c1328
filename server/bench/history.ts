import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { executeRows } from '../src/db/client';
import { periodsBetween, ReportingCycle } from '../src/modules/period';
import { ProgressStatus, progressReports } from '../src/modules/progress';

export interface HistoryShape {
  /** First and last day whose months are reported. */
  from: string;
  to: string;
  /** Reports per period and measure: 1, or more for a history as long in rows as several years of it. */
  perPeriod?: number;
}

/**
 * Monthly reports by each leaf's lead (a project's lead for its measures), one month in eight skipped, inserted in
 * batches straight into progress_reports: posting 100 000 reports one by one over GraphQL would take a bench hours,
 * and every read sees them the same way either way. Returns how many rows it wrote.
 */
export async function writeHistory(db: Db, plan: string, shape: HistoryShape): Promise<number> {
  const leaves = await executeRows<{ measure_id: number; plan_id: number; department_id: number | null }>(
    db,
    sql`
    with recursive tree as (
      select m.id, m.id as top_id from measures m
        join plans p on p.id = m.plan_id where p.code = ${plan} and m.parent_id is null
      union all
      select c.id, t.top_id from measures c join tree t on c.parent_id = t.id
    )
    select t.id as measure_id, m.plan_id,
           coalesce(
             (select a.department_id from assignments a where a.measure_id = t.id and a.role = 'LEAD' limit 1),
             (select a.department_id from assignments a where a.measure_id = t.top_id and a.role = 'LEAD' limit 1)
           ) as department_id
      from tree t join measures m on m.id = t.id
     where not exists (select 1 from measures c where c.parent_id = t.id)
     order by t.id`,
  );
  const [admin] = await executeRows<{ id: number }>(db, sql`select id from users where username = 'admin'`);
  const periods = periodsBetween(shape.from, shape.to, ReportingCycle.MONTHLY);
  const copies = shape.perPeriod ?? 1;
  let batch: (typeof progressReports.$inferInsert)[] = [];
  let posted = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.insert(progressReports).values(batch);
    posted += batch.length;
    batch = [];
  };
  for (const [m, leaf] of leaves.filter((l) => l.department_id !== null).entries()) {
    for (const [p, period] of periods.entries()) {
      if ((p + m) % 8 === 0) continue;
      for (let copy = 0; copy < copies; copy++) {
        batch.push({
          planId: Number(leaf.plan_id),
          measureId: Number(leaf.measure_id),
          departmentId: Number(leaf.department_id),
          period,
          status: p % 11 === 0 ? ProgressStatus.AT_RISK : ProgressStatus.ON_TRACK,
          percentComplete: Math.min(100, Math.round(((p + 1) / periods.length) * 100)),
          summary: `【基准测试】${period} 按计划推进，完成阶段性任务，相关材料已归档备查`,
          problems: p % 5 === 0 ? '个别企业材料报送不及时，已督促补齐' : null,
          evidence: [{ title: '工作台账', url: `https://intranet.example/bench/${m}/${period}` }],
          submittedBy: admin!.id,
          submittedAt: new Date(`${period}-0${5 + copy}T09:00:00+08:00`),
        });
        if (batch.length >= 2000) await flush();
      }
    }
  }
  await flush();
  return posted;
}
